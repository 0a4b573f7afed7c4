import { z } from 'zod';

/**
 * A cuid or uuid. Ids end up in queue keys and temp-dir names, so only letters, digits,
 * `-` and `_` are allowed.
 */
export const submissionId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'expected a cuid or uuid (letters, digits, - and _)');

/**
 * The BullMQ job payload. Strict: the job carries only the id, Postgres holds the code, so
 * a job lost with Redis can be rebuilt from the Submission rows.
 */
export const gradeJob = z.strictObject({ submissionId });
export type GradeJob = z.infer<typeof gradeJob>;
