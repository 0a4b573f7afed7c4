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
