import { z } from 'zod';

/**
 * A dotted Python name such as `threading` or `threading.Barrier`. threadcheck compares
 * these literally, so a typo here would silently allow or forbid nothing.
 */
export const pythonName = z
  .string()
  .regex(/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/, 'expected a dotted Python name');
