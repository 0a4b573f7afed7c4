import { z } from 'zod';
import { checkOutcome } from './check-outcome.js';
import { failure } from './failure.js';
import { deprecatedUse } from './feedback/deprecated-names.js';

export const verdict = z.enum(['pass', 'fail', 'error']);
export type Verdict = z.infer<typeof verdict>;

export const gradeStats = z.looseObject({
  schedules: z.int().min(0),
  elapsedMs: z.number().min(0),
  // Safe integers only: a JSON number beyond 2^53 would not survive JavaScript intact, and
  // the seed has to come back exactly for `--seed` to reproduce the run.
  seed: z.int().optional(),
  strategy: z.string().optional(),
});
export type GradeStats = z.infer<typeof gradeStats>;

const bodyShape = {
  verdict,
  score: z.number().min(0).max(1),
  failures: z.array(failure),
  checks: z.array(checkOutcome).optional(),
  notes: z.array(z.string()).optional(),
  // Deprecated lecture names the submission used (deprecationAdvice words the feedback).
  deprecated: z.array(deprecatedUse).optional(),
  stats: gradeStats,
};

/**
 * A verdict that contradicts its failures would show a student "passed" next to a
 * counterexample, or "failed" with nothing to look at. An `error` (the grader could not
 * grade) may come with or without failures.
 */
function verdictMatchesFailures(
  result: { verdict: Verdict; failures: unknown[] },
  ctx: z.RefinementCtx,
): void {
  if (result.verdict === 'pass' && result.failures.length > 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['failures'],
      message: 'a passing result cannot list failures',
    });
  }
  if (result.verdict === 'fail' && result.failures.length === 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['failures'],
      message: 'a failing result must name at least one failure',
    });
  }
}

/**
 * The result threadcheck reports on its channel: the grade result without `version` and
 * `exercise`, which the grader adds (docs/grader-protocol.md).
 */
export const gradeResultBody = z.looseObject(bodyShape).superRefine(verdictMatchesFailures);
export type GradeResultBody = z.infer<typeof gradeResultBody>;

/**
 * The grade result, version 1 (spec/grader-cli.md): what `pnpm grade --json` prints, what
 * the worker stores and what the page draws. Loose objects: fields added later survive a
 * parse by an older reader.
 */
export const gradeResult = z
  .looseObject({
    version: z.literal(1),
    exercise: z.string(),
    ...bodyShape,
  })
  .superRefine(verdictMatchesFailures);
export type GradeResult = z.infer<typeof gradeResult>;
