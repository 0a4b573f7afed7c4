import { GRADE_JOB_NAME, gradeJob, gradeJobOptions } from '@threadlab/contracts';
import type { Queue } from 'bullmq';

// How the worker's recovery puts a grade job back on the queue: the same name, payload and
// options as the API's submit (packages/contracts/src/queue.ts).

export { GRADE_JOB_NAME, gradeJobOptions };

export async function enqueueGrade(queue: Queue, submissionId: string): Promise<void> {
  await queue.add(GRADE_JOB_NAME, gradeJob.parse({ submissionId }), gradeJobOptions(submissionId));
}
