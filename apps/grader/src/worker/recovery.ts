import type { Queue } from 'bullmq';
import type { WorkerConfig } from './config.js';
import { enqueueGrade } from './enqueue.js';
import { describeForLog, type Logger } from './logger.js';
import type { SubmissionStore, UnfinishedSubmission } from './submission-store.js';

// Postgres is the record, Redis only carries work (spec/architecture.md). A submission
// still `queued` or `running` whose job is gone (Redis restarted or lost it, the API died
// between its insert and its enqueue, BullMQ failed the job after too many stalls) is
// enqueued again under its own id. Every worker does this on start and then periodically;
// two doing it at once is harmless, since a job id is only added once.

/** Job states in which somebody will still process the job. */
const LIVE_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

/** Submissions looked at per pass, oldest first. */
const BATCH = 1_000;

export interface RecoveryContext {
  store: SubmissionStore;
  queue: Queue;
  logger: Logger;
  config: Pick<WorkerConfig, 'recoveryGraceMs' | 'staleMarginMs'>;
  wallTimeMs(exerciseId: string): Promise<number>;
}

export interface RecoveryReport {
  /** Unfinished submissions looked at. */
  checked: number;
  /** Ids enqueued again. */
  enqueued: string[];
}

export async function recoverLostJobs(context: RecoveryContext): Promise<RecoveryReport> {
  const unfinished = await context.store.listUnfinished(BATCH);
  const enqueued: string[] = [];
  for (const submission of unfinished) {
    try {
      if (await recoverOne(submission, context)) enqueued.push(submission.id);
    } catch (error) {
      context.logger.warn('could not recover a submission', {
        submissionId: submission.id,
        ...describeForLog(error),
      });
    }
  }
  if (enqueued.length > 0) {
    context.logger.info('re-enqueued submissions whose job was lost', { submissions: enqueued });
  }
  return { checked: unfinished.length, enqueued };
}

async function recoverOne(
  submission: UnfinishedSubmission,
  context: RecoveryContext,
): Promise<boolean> {
  const { queue, config } = context;
  const state = await queue.getJobState(submission.id);
  if (LIVE_STATES.has(state)) return false;
  const now = Date.now();
  if (submission.status === 'queued') {
    // Freshly inserted: its job is probably being added right now.
    if (now - submission.createdAt.getTime() < config.recoveryGraceMs) return false;
  } else {
    // A running attempt without a job may still be alive in a worker that lost its Redis;
    // it is only given up once no live attempt could have lasted that long.
    const startedAt = submission.startedAt?.getTime() ?? 0;
    const limit = (await context.wallTimeMs(submission.exerciseId)) + config.staleMarginMs;
    if (now - startedAt <= limit) return false;
  }
  // A completed or failed job under the same id would swallow the add.
  if (state !== 'unknown') await queue.remove(submission.id);
  await enqueueGrade(queue, submission.id);
  return true;
}
