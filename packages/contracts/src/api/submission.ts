import { z } from 'zod';
import { exerciseId } from '../exercise-id.js';
import { submissionId } from '../grade-job.js';
import { gradeResult, verdict } from '../grade-result.js';
import { submissionStatus } from '../submission-status.js';
import { submissionStatusMessage } from '../ws-message.js';

/** POST /api/submissions. The size limit is the exercise's codeKb, checked by the API (413). */
export const submitBody = z.strictObject({
  exerciseId,
  // Not empty: an empty editor is a slip, not an attempt worth a grader run.
  code: z.string().min(1),
});
export type SubmitBody = z.infer<typeof submitBody>;

export const submissionParams = z.object({ id: submissionId });
export type SubmissionParams = z.infer<typeof submissionParams>;

/** Latest progress while running: schedules explored so far in the current scenario. */
export const submissionProgress = submissionStatusMessage.shape.progress.unwrap();
export type SubmissionProgress = z.infer<typeof submissionProgress>;

/** A submission in a list: no code, no result (GET /api/submissions/:id has them). */
export const submissionSummary = z.object({
  id: submissionId,
  exerciseId,
  status: submissionStatus,
  createdAt: z.iso.datetime(),
  startedAt: z.iso.datetime().optional(),
  finishedAt: z.iso.datetime().optional(),
  verdict: verdict.optional(),
  score: z.number().min(0).max(1).optional(),
});
export type SubmissionSummary = z.infer<typeof submissionSummary>;

/**
 * One submission with everything its owner may see: the code as sent, the live progress
 * while running and the grade result once finished.
 */
export const submissionView = submissionSummary.extend({
  code: z.string(),
  progress: submissionProgress.optional(),
  result: gradeResult.optional(),
});
export type SubmissionView = z.infer<typeof submissionView>;

/** Answer of POST /api/submissions (202) and GET /api/submissions/:id. */
export const submissionResponse = z.object({ submission: submissionView });
export type SubmissionResponse = z.infer<typeof submissionResponse>;

/** GET /api/submissions?exerciseId=lock/counter: the caller's own, newest first. */
export const mySubmissionsQuery = z.object({
  exerciseId: exerciseId.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MySubmissionsQuery = z.infer<typeof mySubmissionsQuery>;

export const submissionListResponse = z.object({ submissions: z.array(submissionSummary) });
export type SubmissionListResponse = z.infer<typeof submissionListResponse>;
