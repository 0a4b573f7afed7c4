import { z } from 'zod';
import { failureKind } from './failure-kind.js';
import { localizedShape } from './localized.js';

/** How one check of an exercise fared, passed or not, so the page can list them all. */
export const checkOutcome = z.looseObject({
  name: z.string(),
  passed: z.boolean(),
  schedules: z.int().min(0),
  kind: failureKind.optional(),
  /** The check's name in both languages, when the exercise gives it (`name` is English). */
  title: z.looseObject(localizedShape).optional(),
});
export type CheckOutcome = z.infer<typeof checkOutcome>;
