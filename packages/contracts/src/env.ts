import { z } from 'zod';

// Pieces of the apps' environment schemas (each app validates its environment once, at
// start). The API and the grader worker must agree on where Postgres and Redis are and on
// the queue's key prefix, so those are defined once here.

/** `FOO=` in a compose file or a shell means "not set" (the default), not "set to nothing". */
export function envVar<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema);
}

export const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/threadlab';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export const databaseUrlEnv = envVar(
  z
    .url({ protocol: /^postgres(ql)?$/, error: 'expected a postgresql:// URL' })
    .default(DEFAULT_DATABASE_URL),
);

export const redisUrlEnv = envVar(
  z
    .url({ protocol: /^rediss?$/, error: 'expected a redis:// or rediss:// URL' })
    .default(DEFAULT_REDIS_URL),
);

/** BullMQ's key prefix; it ends up in Redis keys, so only a safe alphabet. */
export const queuePrefixEnv = envVar(
  z
    .string()
    .regex(/^[A-Za-z0-9:_-]+$/, 'letters, digits, ":", "_" and "-" only')
    .default('bull'),
);
