import { z } from 'zod';

/**
 * Every error code the API answers with. The web page keys its messages on the code, not on
 * the English text, so a code is stable once shipped.
 */
export const apiErrorCode = z.enum([
  'validation_failed',
  'malformed_body',
  'unauthorized',
  'forbidden',
  'not_found',
  'exercise_not_found',
  'exercise_inactive',
  'submission_not_found',
  'code_too_large',
  'too_many_pending',
  'too_many_attempts',
  'email_taken',
  'invalid_credentials',
  'unavailable',
  'internal',
]);
export type ApiErrorCode = z.infer<typeof apiErrorCode>;

/** The body of every 4xx/5xx answer: `{error: {code, message, details?}}`. */
export const apiError = z.object({
  error: z.object({
    code: apiErrorCode,
    message: z.string(),
    // For validation_failed: the zod issues ({path, message, ...}); for code_too_large:
    // {limitBytes, sizeBytes}; for too_many_pending: {pending, limit}.
    details: z.unknown().optional(),
  }),
});
export type ApiError = z.infer<typeof apiError>;
