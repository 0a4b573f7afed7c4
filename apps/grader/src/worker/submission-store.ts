import type { GradeResult } from '@threadlab/contracts';
import { Prisma, type Database, type SubmissionStatus } from '@threadlab/db';

// Every change the worker makes to a Submission, each one a compare-and-set on (status,
// attempts) together with its SubmissionEvent in one transaction. Postgres is the record:
// whichever worker, job or retry gets here second finds the row changed and does nothing,
// so a submission is started once per attempt and its result is stored exactly once.

export interface SubmissionRecord {
  id: string;
  userId: string;
  exerciseId: string;
  code: string;
  status: SubmissionStatus;
  /** How many times a worker started grading it; the attempt running now when `running`. */
  attempts: number;
  startedAt: Date | null;
}

/** The row as a worker saw it: the compare half of every compare-and-set below. */
export type SeenState = Pick<SubmissionRecord, 'id' | 'status' | 'attempts'>;

export type UnfinishedSubmission = Pick<
  SubmissionRecord,
  'id' | 'exerciseId' | 'status' | 'attempts' | 'startedAt'
> & { createdAt: Date };

export interface ProgressSnapshot {
  schedules: number;
  scenario: string;
}

export class SubmissionStore {
  constructor(private readonly db: Database) {}

  async load(id: string): Promise<SubmissionRecord | null> {
    return this.db.submission.findUnique({
      where: { id },
      select: {
        id: true,
        userId: true,
        exerciseId: true,
        code: true,
        status: true,
        attempts: true,
        startedAt: true,
      },
    });
  }

  /** Submissions not yet finished, oldest first: what recovery looks at. */
  async listUnfinished(limit: number): Promise<UnfinishedSubmission[]> {
    return this.db.submission.findMany({
      where: { status: { in: ['queued', 'running'] } },
      select: {
        id: true,
        exerciseId: true,
        status: true,
        attempts: true,
        createdAt: true,
        startedAt: true,
      },
      orderBy: { createdAt: 'asc' },
      take: limit,
    });
  }

  /**
   * queued (or a `running` attempt whose worker is gone) → running as attempt seen+1.
   * Returns the new attempt number, or null when the row was no longer as seen.
   */
  async start(seen: SeenState, detail: string): Promise<number | null> {
    const attempt = seen.attempts + 1;
    const changed = await this.transition(
      seen,
      {
        status: 'running',
        attempts: attempt,
        startedAt: new Date(),
        progress: Prisma.DbNull,
      },
      detail,
    );
    return changed ? attempt : null;
  }

  /** Latest progress of a running attempt; ignored once the attempt is over. */
  async saveProgress(id: string, attempt: number, progress: ProgressSnapshot): Promise<boolean> {
    const { count } = await this.db.submission.updateMany({
      where: { id, status: 'running', attempts: attempt },
      data: { progress: { ...progress } },
    });
    return count === 1;
  }

  /** running (this attempt) → finished with its result. False: somebody else's attempt won. */
  async finish(id: string, attempt: number, result: GradeResult): Promise<boolean> {
    return this.transition(
      { id, status: 'running', attempts: attempt },
      {
        status: 'finished',
        result: result as Prisma.InputJsonValue,
        verdict: result.verdict,
        score: result.score,
        finishedAt: new Date(),
      },
      result.verdict,
    );
  }

  /** running (this attempt) → queued again: a retry, or handed back by a worker shutting down. */
  async requeue(id: string, attempt: number, detail: string): Promise<boolean> {
    return this.transition(
      { id, status: 'running', attempts: attempt },
      { status: 'queued' },
      detail,
    );
  }

  /**
   * → error for good: the grader could not grade it. `result` is the "could not grade"
   * result (verdict `error`, the student-facing reason in notes), as `pnpm grade --json`
   * prints it; `detail` is that same reason, never an internal message or stack.
   */
  async fail(seen: SeenState, result: GradeResult, detail: string): Promise<boolean> {
    return this.transition(
      seen,
      {
        status: 'error',
        result: result as Prisma.InputJsonValue,
        verdict: result.verdict,
        finishedAt: new Date(),
      },
      detail,
    );
  }

  private async transition(
    seen: SeenState,
    data: Prisma.SubmissionUpdateManyMutationInput & { status: SubmissionStatus },
    detail: string,
  ): Promise<boolean> {
    return this.db.$transaction(async (tx) => {
      const { count } = await tx.submission.updateMany({
        where: { id: seen.id, status: seen.status, attempts: seen.attempts },
        data,
      });
      if (count !== 1) return false;
      await tx.submissionEvent.create({
        data: { submissionId: seen.id, status: data.status, detail },
      });
      return true;
    });
  }
}
