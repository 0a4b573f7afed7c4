import type { ApiError, ApiErrorCode } from '@threadlab/contracts';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiHttpError, ERRORS } from './errors.js';

/** Fastify's own 4xx errors (bad JSON, body too large, ...) by status. */
function codeForStatus(status: number): ApiErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 413) return 'code_too_large';
  return 'malformed_body';
}

function body(code: ApiErrorCode, message: string, details?: unknown): ApiError {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/**
 * One error handler for every route: `{error: {code, message, details?}}`. Client errors say
 * what was wrong; server errors are logged in full and answered with a generic message, so
 * no stack, SQL or Redis detail ever reaches a browser.
 */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof ApiHttpError) {
      return reply.status(error.statusCode).send(body(error.code, error.message, error.details));
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const issues = error.validation.map((issue) => ({
        in: where,
        path: issue.instancePath,
        message: issue.message ?? 'invalid',
      }));
      const first = issues[0];
      const message = first
        ? `Invalid ${where} at ${first.path}: ${first.message}`
        : ERRORS.validation_failed.message;
      return reply.status(400).send(body('validation_failed', message, issues));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (unparsable JSON, body over the limit, wrong content
      // type) carry messages written for clients.
      return reply.status(status).send(body(codeForStatus(status), error.message));
    }
    request.log.error({ err: error }, 'request failed');
    const code: ApiErrorCode = status === 503 ? 'unavailable' : 'internal';
    return reply.status(status === 503 ? 503 : 500).send(body(code, ERRORS[code].message));
  });

  app.setNotFoundHandler((request, reply) => {
    return reply
      .status(404)
      .send(body('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`));
  });
}
