import { Redis } from 'ioredis';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** For commands (health ping, publishing); subscriptions need a connection of their own. */
    redis: Redis;
  }
}

/**
 * An ioredis client. By default a command fails after a few reconnect attempts rather than
 * waiting for Redis indefinitely (callers treat that as "Redis is down");
 * `waitForever` keeps commands until Redis is back (the live subscriber).
 */
export function createRedis(
  url: string,
  connectionName: string,
  { waitForever = false }: { waitForever?: boolean } = {},
): Redis {
  return new Redis(url, {
    connectionName,
    maxRetriesPerRequest: waitForever ? null : 2,
  });
}

/** Closes politely when connected; a client still trying to reach Redis is just dropped. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === 'ready') {
    await redis.quit().catch(() => redis.disconnect());
  } else {
    redis.disconnect();
  }
}

export const redisPlugin = fp<{ redisUrl: string }>(
  async (app, { redisUrl }) => {
    const redis = createRedis(redisUrl, 'threadlab-api');
    // ioredis reconnects on its own; an unhandled 'error' event would crash the process.
    redis.on('error', (error) => app.log.warn({ err: error }, 'redis connection error'));
    app.decorate('redis', redis);
    app.addHook('onClose', () => closeRedis(redis));
    return Promise.resolve();
  },
  { name: 'redis' },
);
