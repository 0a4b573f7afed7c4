import { z } from 'zod';
import { submissionId } from './grade-job.js';
import { submissionStatusMessage } from './ws-message.js';

/** The BullMQ queue the API fills and the grader workers drain; jobs are `gradeJob`s. */
export const GRADE_QUEUE = 'grade';

/**
 * Redis pub/sub channel on which workers announce every status change of a submission
 * (queued, running with progress, finished, error); each API instance relays the ones of
 * its connected users to their WebSockets. Postgres stays the record: a missed message
 * only delays what a reload shows.
 */
export const SUBMISSION_EVENTS_CHANNEL = 'threadlab:submission-events';

export const submissionEvent = z.strictObject({
  userId: z.string().min(1),
  submissionId,
  message: submissionStatusMessage,
});
export type SubmissionEvent = z.infer<typeof submissionEvent>;

/** The BullMQ job name of a grade job (the queue's name again: one kind of job). */
export const GRADE_JOB_NAME = GRADE_QUEUE;

/**
 * Options of every grade job, for the API's submit and the worker's recovery alike (a
 * structural subset of BullMQ's JobsOptions, so this package needs no BullMQ). The job id
 * is the submission id: BullMQ ignores a second add while the first job exists, so
 * enqueueing twice (a retrying API, two recovering workers) is harmless. The worker retries
 * infrastructure failures itself, with its budget in Postgres; `attempts` and `backoff` are
 * BullMQ's safety net for a worker that could not even do that. Finished jobs go at once:
 * Postgres holds the record.
 */
export function gradeJobOptions(submissionId: string) {
  return {
    jobId: submissionId,
    attempts: 3,
    backoff: { type: 'exponential' as const, delay: 2_000 },
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3_600 },
  };
}
