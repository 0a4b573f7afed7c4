import { API_PATHS } from '@threadlab/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireUser, signedIn } from '../plugins/auth.js';

/**
 * GET /api/live: a WebSocket carrying `wsMessage`s (contracts) about the caller's own
 * submissions: queued, running with progress, finished with the result. The server only
 * sends; after a reconnect the page reloads the state from GET /api/submissions/:id.
 */
export const liveRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    API_PATHS.live,
    {
      websocket: true,
      // Runs before the upgrade: a signed-out client gets a plain 401, no socket.
      preHandler: requireUser,
      // Described in openapi/document.ts: @fastify/websocket hides WebSocket routes.
    },
    (socket, request) => {
      const user = signedIn(request);
      app.liveHub.add(user.id, socket);
      // Nothing is expected from the client; anything it sends is ignored.
      socket.on('message', () => undefined);
    },
  );
  return Promise.resolve();
};
