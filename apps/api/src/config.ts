import { databaseUrlEnv, envVar, queuePrefixEnv, redisUrlEnv } from '@threadlab/contracts';
import { z } from 'zod';

export interface ApiConfig {
  host: string;
  port: number;
  databaseUrl: string;
  redisUrl: string;
  /** BullMQ key prefix; the grader workers must use the same one. */
  queuePrefix: string;
  /** How long a session lasts after sign-in. */
  sessionTtlMs: number;
  /** Sets the cookie's Secure flag: on wherever the site is served over HTTPS. */
  cookieSecure: boolean;
  /** Submissions one user may have queued or running at once; 0 means no limit. */
  maxPendingSubmissions: number;
  /** Sync exercises/ into the database when the server starts. */
  syncExercisesOnStart: boolean;
  /** Undefined: @threadlab/exercises finds exercises/ at the workspace root. */
  exercisesDir: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

const flag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const envSchema = z.object({
  HOST: envVar(z.string().default('127.0.0.1')),
  PORT: envVar(z.coerce.number().int().min(0).max(65535).default(4000)),
  DATABASE_URL: databaseUrlEnv,
  REDIS_URL: redisUrlEnv,
  QUEUE_PREFIX: queuePrefixEnv,
  SESSION_TTL_DAYS: envVar(z.coerce.number().min(0.001).max(365).default(30)),
  COOKIE_SECURE: envVar(flag.default(false)),
  MAX_PENDING_SUBMISSIONS: envVar(z.coerce.number().int().min(0).default(5)),
  SYNC_EXERCISES: envVar(flag.default(true)),
  EXERCISES_DIR: envVar(z.string().optional()),
  LOG_LEVEL: envVar(
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
});

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the API's environment once, at start-up; every value has a safe local default. */
export function loadConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid API environment:\n${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  return {
    host: values.HOST,
    port: values.PORT,
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    queuePrefix: values.QUEUE_PREFIX,
    sessionTtlMs: Math.round(values.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000),
    cookieSecure: values.COOKIE_SECURE,
    maxPendingSubmissions: values.MAX_PENDING_SUBMISSIONS,
    syncExercisesOnStart: values.SYNC_EXERCISES,
    exercisesDir: values.EXERCISES_DIR,
    logLevel: values.LOG_LEVEL,
  };
}
