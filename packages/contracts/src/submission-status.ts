import { z } from 'zod';

export const submissionStatus = z.enum(['queued', 'running', 'finished', 'error']);
export type SubmissionStatus = z.infer<typeof submissionStatus>;
