import { apiError } from '@threadlab/contracts';
import type { ApiErrorCode } from '@threadlab/contracts';

/**
 * Why a call to the API failed: one of the API's own error codes (`apiError`), or what went
 * wrong on the way: `network` (no answer) and `bad_response` (an answer that does not match
 * its schema, which is a bug on one side or the other, never something to guess around).
 */
export type ApiFailureCode = ApiErrorCode | 'network' | 'bad_response';

export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';

  constructor(
    readonly code: ApiFailureCode,
    message: string,
    /** HTTP status; 0 when no answer came. */
    readonly status: number,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** Reads an error answer, whatever its body: the API's `{error}` shape or anything else. */
export function errorFromResponse(status: number, body: unknown): ApiRequestError {
  const parsed = apiError.safeParse(body);
  if (parsed.success) {
    const { code, message, details } = parsed.data.error;
    return new ApiRequestError(code, message, status, details);
  }
  // A proxy or a crashed API answers without our shape; keep what the status tells.
  const code: ApiFailureCode =
    status === 401
      ? 'unauthorized'
      : status === 404
        ? 'not_found'
        : status >= 500
          ? 'unavailable'
          : 'bad_response';
  return new ApiRequestError(code, `the API answered ${status}`, status);
}
