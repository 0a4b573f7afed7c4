import type { GradeResult } from '@threadlab/contracts';
import { GradeInputError, GraderError } from '../errors.js';

// What happens when a grading does not produce a result. A failing solution is a result
// (verdict `fail`), never an error, and never reaches this file. Everything here is the
// platform's fault: the sandbox, threadcheck, Postgres or Redis. It is retried with
// exponential backoff until the attempts run out, except for the one thing a retry cannot
// change: a submission the grader refuses as input (GradeInputError: oversized code).

/** threadcheck ran but said it could not grade (its verdict `error`): retried like a crash. */
export class CouldNotGradeError extends GraderError {
  override name = 'CouldNotGradeError';
}

/** True when retrying cannot help. */
export function isPermanent(error: unknown): boolean {
  return error instanceof GradeInputError;
}

const MAX_BACKOFF_MS = 5 * 60_000;

/** Delay before attempt `failedAttempt + 1`: base, 2·base, 4·base, ... capped at 5 minutes. */
export function retryDelayMs(failedAttempt: number, baseMs: number): number {
  return Math.min(MAX_BACKOFF_MS, baseMs * 2 ** Math.max(0, failedAttempt - 1));
}

/**
 * What the student reads. Never the internal message: a sandbox error names paths and
 * uids, an exception has a stack. The input error is about their code, so it is shown.
 */
export function publicReason(error: unknown, attempts: number): string {
  if (error instanceof GradeInputError)
    return `This submission cannot be graded: ${error.message}.`;
  return (
    `The grader failed ${attempts === 1 ? 'once' : `${attempts} times`} on our side ` +
    '(not because of your code) and gave up. Please submit again; if it keeps happening, ' +
    'tell your teacher.'
  );
}

/** The "could not grade" result stored with an `error` submission, as `pnpm grade --json` prints it. */
export function couldNotGradeResult(exerciseId: string, reason: string): GradeResult {
  return {
    version: 1,
    exercise: exerciseId,
    verdict: 'error',
    score: 0,
    failures: [],
    notes: [reason],
    stats: { schedules: 0, elapsedMs: 0 },
  };
}
