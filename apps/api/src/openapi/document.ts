import type { SwaggerOptions } from '@fastify/swagger';
import { API_PATHS, SESSION_COOKIE, apiError, wsMessage } from '@threadlab/contracts';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * @fastify/websocket hides WebSocket routes from the document (OpenAPI has no word for
 * them), so GET /api/live is described here by hand: the upgrade, its 401, and the
 * messages it carries (contracts wsMessage) as an extension.
 */
const livePath: Record<string, unknown> = {
  get: {
    tags: ['live'],
    summary: 'WebSocket of live submission status',
    description:
      'Upgrade to a WebSocket (same-origin, with the session cookie). The server sends one JSON ' +
      'message per status change of the caller’s own submissions: queued, running with ' +
      'progress, finished with the grade result, error. It expects nothing from the client; ' +
      'after a reconnect, reload the state from GET /api/submissions/:id.',
    security: [{ session: [] }],
    responses: {
      101: { description: 'Switching Protocols: the WebSocket is open' },
      401: {
        description: 'Not signed in',
        content: { 'application/json': { schema: z.toJSONSchema(apiError) } },
      },
    },
    'x-websocket-messages': z.toJSONSchema(wsMessage, { io: 'output' }),
  },
};

/** The OpenAPI document's frame; every other path comes from the routes' zod schemas. */
export const swaggerOptions: SwaggerOptions = {
  openapi: {
    openapi: '3.1.0',
    info: {
      title: 'threadlab API',
      description:
        'Accounts, exercises, submissions and live grading status. Errors answer ' +
        '`{error: {code, message, details?}}`.',
      version: '1.0.0',
    },
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
      },
    },
    // Typed as OpenAPI's own objects, which zod's JSON Schema output is in substance but not
    // in TypeScript's eyes.
    paths: { [API_PATHS.live]: livePath } as never,
  },
  transform: jsonSchemaTransform,
};
