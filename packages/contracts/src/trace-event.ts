import { z } from 'zod';

/** One scheduling step of a counterexample, as the student sees it in the interleaving. */
export const traceEvent = z.looseObject({
  step: z.int().min(0),
  thread: z.string(),
  op: z.string(),
  target: z.string().optional(),
  // Source lines are 1-based, as Python reports them.
  line: z.int().min(1).optional(),
  source: z.string().optional(),
  detail: z.string().optional(),
});
export type TraceEvent = z.infer<typeof traceEvent>;
