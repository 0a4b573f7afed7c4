import { GRADE_QUEUE, gradeJob } from '@threadlab/contracts';
import type { JobsOptions, Queue } from 'bullmq';

// How a grade job is put on the queue, by the API after it stores a Submission and by the
// worker's recovery. The job id is the submission id: BullMQ ignores a second add while the
// first job exists, so enqueueing twice (a retrying API, two recovering workers) is harmless.

export const GRADE_JOB_NAME = GRADE_QUEUE;

export function gradeJobOptions(submissionId: string): JobsOptions {
  return {
    jobId: submissionId,
    // The worker retries infrastructure failures itself (the budget lives in Postgres);
    // these are BullMQ's own retries, a safety net for a worker that could not even do that.
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: true,
    removeOnFail: { age: 7 * 24 * 3600 },
  };
}

export async function enqueueGrade(queue: Queue, submissionId: string): Promise<void> {
  await queue.add(GRADE_JOB_NAME, gradeJob.parse({ submissionId }), gradeJobOptions(submissionId));
}
