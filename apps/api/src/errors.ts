import type { ApiErrorCode } from '@threadlab/contracts';

/**
 * The one table of the API's errors: every code with its HTTP status and the message a
 * user reads. Handlers throw `apiError(code)`; the error handler (error-handler.ts) turns
 * it, and everything else, into `{error: {code, message, details?}}`.
 */
export const ERRORS: Readonly<Record<ApiErrorCode, { status: number; message: string }>> = {
  validation_failed: { status: 400, message: 'The request does not match its schema.' },
  malformed_body: { status: 400, message: 'The request body could not be read.' },
  unauthorized: { status: 401, message: 'Sign in first.' },
  invalid_credentials: { status: 401, message: 'Wrong email or password.' },
  forbidden: { status: 403, message: 'Only teachers may see this.' },
  not_found: { status: 404, message: 'There is nothing here.' },
  exercise_not_found: { status: 404, message: 'No such exercise.' },
  submission_not_found: { status: 404, message: 'No such submission.' },
  email_taken: { status: 409, message: 'An account with this email already exists.' },
  exercise_inactive: {
    status: 409,
    message: 'This exercise has been withdrawn and takes no more submissions.',
  },
  code_too_large: { status: 413, message: 'The code is larger than this exercise allows.' },
  too_many_pending: {
    status: 429,
    message: 'Wait until your earlier submissions are graded before sending more.',
  },
  too_many_attempts: {
    status: 429,
    message: 'Too many failed sign-ins. Wait a quarter of an hour and try again.',
  },
  internal: { status: 500, message: 'Something went wrong on our side.' },
  unavailable: { status: 503, message: 'The service is temporarily unavailable.' },
};

/** An error meant for the client: its code decides the status, the message is safe to show. */
export class ApiHttpError extends Error {
  override name = 'ApiHttpError';
  readonly statusCode: number;

  constructor(
    readonly code: ApiErrorCode,
    message: string = ERRORS[code].message,
    readonly details?: unknown,
  ) {
    super(message);
    this.statusCode = ERRORS[code].status;
  }
}

export function apiError(code: ApiErrorCode, message?: string, details?: unknown): ApiHttpError {
  return new ApiHttpError(code, message, details);
}
