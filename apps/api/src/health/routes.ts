import { API_PATHS, healthResponse, type HealthResponse } from '@threadlab/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

const CHECK_TIMEOUT_MS = 2_000;

async function answers(check: () => Promise<unknown>): Promise<'ok' | 'down'> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return 'ok';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    API_PATHS.health,
    {
      schema: {
        tags: ['health'],
        summary: 'Whether Postgres and Redis answer (503 when either does not)',
        response: { 200: healthResponse, 503: healthResponse },
      },
    },
    async (_request, reply) => {
      const [db, redis] = await Promise.all([
        answers(() => app.db.$queryRaw`SELECT 1`),
        answers(() => app.redis.ping()),
      ]);
      const body: HealthResponse = {
        status: db === 'ok' && redis === 'ok' ? 'ok' : 'degraded',
        db,
        redis,
      };
      return reply.status(body.status === 'ok' ? 200 : 503).send(body);
    },
  );
  return Promise.resolve();
};
