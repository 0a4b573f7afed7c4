import { gradeJob, type GradeResult, type ProgressMessage } from '@threadlab/contracts';
import { DelayedError, UnrecoverableError, type Job } from 'bullmq';
import { z } from 'zod';
import type { GradeSubmissionOptions } from '../grade.js';
import type { WorkerConfig } from './config.js';
import {
  CouldNotGradeError,
  couldNotGradeResult,
  isPermanent,
  publicReason,
  retryDelayMs,
} from './failure-policy.js';
import { describeForLog, type Logger } from './logger.js';
import { createProgressReporter } from './progress-reporter.js';
import type { StatusPublisher } from './status-publisher.js';
import type { ProgressSnapshot, SubmissionRecord, SubmissionStore } from './submission-store.js';

// One grade job, start to end (spec/architecture.md, "The flow of one submission"). The
// job carries only the submission's id; everything else comes from, and goes back to,
// Postgres through compare-and-set transitions, so that duplicate jobs, redelivered jobs
// and racing workers all end with one stored result.

export type GradeFunction = (options: GradeSubmissionOptions) => Promise<GradeResult>;

export interface GradeJobContext {
  store: SubmissionStore;
  publisher: StatusPublisher;
  grade: GradeFunction;
  logger: Logger;
  config: Pick<
    WorkerConfig,
    'workerId' | 'maxAttempts' | 'retryBackoffMs' | 'staleMarginMs' | 'progressIntervalMs'
  >;
  /** The exercise's wall-time limit: how long a live attempt can possibly take. */
  wallTimeMs(exerciseId: string): Promise<number>;
  /** Aborted when a shutdown stops waiting for running gradings: they are handed back. */
  shutdownSignal: AbortSignal;
}

/** What became of a job, as BullMQ's return value (and for the tests). */
export type JobOutcome =
  'finished' | 'error' | 'superseded' | 'already-done' | 'running-elsewhere' | 'missing';

export async function processGradeJob(
  job: Job,
  token: string | undefined,
  context: GradeJobContext,
): Promise<JobOutcome> {
  const parsed = gradeJob.safeParse(job.data);
  if (!parsed.success) {
    throw new UnrecoverableError(`invalid grade job: ${z.prettifyError(parsed.error)}`);
  }
  try {
    return await gradeOnce(job, token, parsed.data.submissionId, context);
  } catch (error) {
    if (error instanceof DelayedError) throw error;
    // Postgres or Redis failed around the grading: the submission is still queued or
    // running as far as Postgres knows, and this job (started again, so its next run may
    // take the attempt over) comes back after a pause.
    const delay = retryDelayMs(job.attemptsStarted, context.config.retryBackoffMs);
    context.logger.error('job failed outside the grading; retrying it', {
      submissionId: parsed.data.submissionId,
      retryInMs: delay,
      ...describeForLog(error),
    });
    await job.moveToDelayed(Date.now() + delay, token);
    throw new DelayedError();
  }
}

async function gradeOnce(
  job: Job,
  token: string | undefined,
  submissionId: string,
  context: GradeJobContext,
): Promise<JobOutcome> {
  const { store, publisher, config, logger } = context;
  const submission = await store.load(submissionId);
  if (submission === null) {
    logger.warn('no such submission; job dropped', { submissionId });
    return 'missing';
  }
  if (submission.status === 'finished' || submission.status === 'error') return 'already-done';
  if (submission.status === 'running' && !(await mayTakeOver(job, submission, context))) {
    return 'running-elsewhere';
  }
  if (submission.attempts >= config.maxAttempts) {
    // Attempts that never came back (their worker died) count too: a submission that
    // kills its worker must not take down every worker in turn.
    await giveUp(submission, submission.attempts, undefined, context);
    return 'error';
  }

  const attempt = await store.start(
    submission,
    `attempt ${submission.attempts + 1} on ${config.workerId}`,
  );
  if (attempt === null) return 'superseded';
  publisher.publish(submission, { status: 'running' });

  const progress = createProgressReporter<ProgressMessage>(
    async (message) => {
      const snapshot: ProgressSnapshot = {
        schedules: message.schedules,
        scenario: message.scenario,
      };
      if (await store.saveProgress(submission.id, attempt, snapshot)) {
        publisher.publish(submission, { status: 'running', progress: snapshot });
      }
      // Not awaited: while Redis is away it would hold up the result behind it (drain()).
      job.updateProgress(snapshot).catch((error: unknown) => {
        logger.warn('could not update the job progress', {
          submissionId,
          ...describeForLog(error),
        });
      });
    },
    {
      intervalMs: config.progressIntervalMs,
      onError: (error) =>
        logger.warn('could not report progress', { submissionId, ...describeForLog(error) }),
    },
  );

  let result: GradeResult;
  try {
    result = await context.grade({
      exerciseId: submission.exerciseId,
      code: submission.code,
      onProgress: (message) => progress.report(message),
      signal: context.shutdownSignal,
    });
    if (result.verdict === 'error') {
      throw new CouldNotGradeError(
        `threadcheck could not grade: ${result.notes?.join('; ') ?? ''}`,
      );
    }
  } catch (error) {
    await progress.drain();
    return afterFailedAttempt(job, token, submission, attempt, error, context);
  }
  await progress.drain();

  // A pass or a fail alike: a result, stored once, never retried.
  if (!(await store.finish(submission.id, attempt, result))) {
    logger.warn('attempt superseded; its result is dropped', { submissionId, attempt });
    return 'superseded';
  }
  publisher.publish(submission, { status: 'finished', result });
  return 'finished';
}

/**
 * Whether a `running` submission may be started again by this job. Yes if this job ran
 * before: BullMQ gave it to us, so the worker that had it lost its lock (it died, or it
 * stalled and will find its attempt superseded). Otherwise this is a second job for the
 * submission (enqueued again after Redis lost the first): only once the running attempt
 * is older than any live one can be.
 */
async function mayTakeOver(
  job: Job,
  submission: SubmissionRecord,
  context: GradeJobContext,
): Promise<boolean> {
  if (job.attemptsStarted > 1) return true;
  const startedAt = submission.startedAt?.getTime() ?? 0;
  const limit = (await context.wallTimeMs(submission.exerciseId)) + context.config.staleMarginMs;
  return Date.now() - startedAt > limit;
}

async function afterFailedAttempt(
  job: Job,
  token: string | undefined,
  submission: SubmissionRecord,
  attempt: number,
  error: unknown,
  context: GradeJobContext,
): Promise<JobOutcome> {
  const { store, publisher, config, logger } = context;
  const id = submission.id;

  if (context.shutdownSignal.aborted) {
    // Not a failure: the worker is going away. Queued again at once, for another worker.
    if (await store.requeue(id, attempt, `handed back: ${config.workerId} is shutting down`)) {
      publisher.publish(submission, { status: 'queued' });
    }
    await job.moveToDelayed(Date.now(), token);
    throw new DelayedError();
  }

  logger.error('grading failed on our side', {
    submissionId: id,
    attempt,
    ...describeForLog(error),
  });
  if (isPermanent(error) || attempt >= config.maxAttempts) {
    await giveUp({ ...submission, status: 'running', attempts: attempt }, attempt, error, context);
    return 'error';
  }

  const delay = retryDelayMs(attempt, config.retryBackoffMs);
  const detail = `attempt ${attempt} failed on our side; retrying in ${Math.round(delay / 1000)} s`;
  if (!(await store.requeue(id, attempt, detail))) return 'superseded';
  publisher.publish(submission, { status: 'queued' });
  await job.moveToDelayed(Date.now() + delay, token);
  throw new DelayedError();
}

async function giveUp(
  submission: SubmissionRecord,
  attempts: number,
  error: unknown,
  context: GradeJobContext,
): Promise<void> {
  const reason = publicReason(error, attempts);
  const result = couldNotGradeResult(submission.exerciseId, reason);
  if (await context.store.fail(submission, result, reason)) {
    context.publisher.publish(submission, { status: 'error', result });
  }
}
