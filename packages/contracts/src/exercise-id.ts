import { z } from 'zod';

/**
 * `<section>/<slug>`, also the exercise's folder under `exercises/`. Lowercase letters,
 * digits and dashes only, so an id can never step out of that folder.
 */
export const exerciseId = z
  .string()
  .regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'expected <section>/<slug>, e.g. "lock/counter"');
export type ExerciseId = z.infer<typeof exerciseId>;
