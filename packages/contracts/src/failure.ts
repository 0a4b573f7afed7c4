import { z } from 'zod';
import { failureKind } from './failure-kind.js';
import { localizedShape } from './localized.js';
import { traceEvent } from './trace-event.js';

/** Feedback tied to the lecture: what went wrong and where the lecture covers it. */
export const explanation = z.looseObject({
  ...localizedShape,
  lecture: z.string().optional(),
});
export type Explanation = z.infer<typeof explanation>;

export const failure = z.looseObject({
  check: z.string(),
  /** The check's name in both languages, when the exercise gives it (`check` is English). */
  checkTitle: z.looseObject(localizedShape).optional(),
  kind: failureKind,
  message: z.string(),
  /** The message in both languages, where threadcheck or the checks give it (`message` is English). */
  localizedMessage: z.looseObject(localizedShape).optional(),
  /** Replay token: `pnpm grade <id> <file> --replay <schedule>` re-runs this interleaving. */
  schedule: z.string().optional(),
  trace: z.array(traceEvent).optional(),
  threads: z.array(z.string()).optional(),
  explanation: explanation.optional(),
});
export type Failure = z.infer<typeof failure>;
