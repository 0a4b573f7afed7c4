import { z } from 'zod';
import { submissionId } from './grade-job.js';
import { gradeResult } from './grade-result.js';
import { submissionStatus } from './submission-status.js';

/** Live status of one submission, pushed by the API to the student's WebSocket. */
export const submissionStatusMessage = z.looseObject({
  type: z.literal('submission.status'),
  submissionId,
  status: submissionStatus,
  progress: z
    .looseObject({
      schedules: z.int().min(0),
      scenario: z.string(),
    })
    .optional(),
  result: gradeResult.optional(),
});
export type SubmissionStatusMessage = z.infer<typeof submissionStatusMessage>;

/** Every message the API sends on a WebSocket; discriminated by `type`. */
export const wsMessage = z.discriminatedUnion('type', [submissionStatusMessage]);
export type WsMessage = z.infer<typeof wsMessage>;
