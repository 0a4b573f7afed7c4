import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { authRoutes } from './auth/routes.js';
import type { ApiConfig } from './config.js';
import { installErrorHandler } from './error-handler.js';
import { exerciseRoutes } from './exercises/routes.js';
import { healthRoutes } from './health/routes.js';
import { installJsonBodyParser } from './json-body.js';
import { liveRoutes } from './live/routes.js';
import { swaggerOptions } from './openapi/document.js';
import { openapiRoutes } from './openapi/routes.js';
import { authPlugin } from './plugins/auth.js';
import { dbPlugin } from './plugins/db.js';
import { exerciseSyncPlugin } from './plugins/exercise-sync.js';
import { liveEventsPlugin } from './plugins/live-events.js';
import { queuePlugin } from './plugins/queue.js';
import { redisPlugin } from './plugins/redis.js';
import { sectionRoutes } from './sections/routes.js';
import { submissionRoutes } from './submissions/routes.js';
import { teacherRoutes } from './teacher/routes.js';

/**
 * Builds the API (for main.ts and the tests, which `inject` into it or listen on port 0).
 * Order: external plugins, then the app's services (db, redis, queue, sessions, live
 * events), then one folder of routes per feature. Call `ready()` (or `listen`) before use;
 * `close()` shuts every connection.
 */
export async function buildApp(config: ApiConfig): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.logLevel },
    // Above every exercise's codeKb; a larger body is answered 413 before it is parsed.
    bodyLimit: 1024 * 1024,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  installJsonBodyParser(app);

  await app.register(cookie);
  // The client never needs to send anything sizable.
  await app.register(websocket, { options: { maxPayload: 4096 } });
  await app.register(swagger, swaggerOptions);

  await app.register(dbPlugin, { databaseUrl: config.databaseUrl });
  await app.register(redisPlugin, { redisUrl: config.redisUrl });
  await app.register(queuePlugin, { redisUrl: config.redisUrl, queuePrefix: config.queuePrefix });
  await app.register(authPlugin, {
    sessionTtlMs: config.sessionTtlMs,
    cookieSecure: config.cookieSecure,
  });
  await app.register(liveEventsPlugin, { redisUrl: config.redisUrl });
  if (config.syncExercisesOnStart) {
    await app.register(exerciseSyncPlugin, { exercisesDir: config.exercisesDir });
  }

  await app.register(authRoutes, { throttleKeyPrefix: `${config.queuePrefix}:threadlab` });
  await app.register(sectionRoutes);
  await app.register(exerciseRoutes);
  await app.register(submissionRoutes, { maxPendingSubmissions: config.maxPendingSubmissions });
  await app.register(liveRoutes);
  await app.register(teacherRoutes);
  await app.register(healthRoutes);
  await app.register(openapiRoutes);
  return app;
}
