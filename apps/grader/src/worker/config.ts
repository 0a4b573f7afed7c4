import { hostname } from 'node:os';
import { databaseUrlEnv, envVar, queuePrefixEnv, redisUrlEnv } from '@threadlab/contracts';
import { z } from 'zod';
import { ConfigError } from '../errors.js';

// The worker's own environment, validated once when it starts. Separate from the grader's
// (config.ts: PYTHON, SANDBOX_UID, ...) so that `pnpm grade` needs neither Postgres nor Redis.

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  /** Gradings one process runs at once. Every one of them runs as the process's SANDBOX_UID. */
  concurrency: number;
  /** Names this process in the status history and the logs. */
  workerId: string;
  /** BullMQ's key prefix; the API must use the same one. */
  queuePrefix: string;
  /** Times a submission may be started before an infrastructure failure is final. */
  maxAttempts: number;
  /** First retry delay; doubled for every further attempt. */
  retryBackoffMs: number;
  /** How often Postgres is searched for submissions whose job is gone (and once at start). */
  recoveryIntervalMs: number;
  /** A `queued` submission younger than this is left to whoever is enqueueing it right now. */
  recoveryGraceMs: number;
  /** Added to the exercise's wall time before a `running` attempt without a job is stale. */
  staleMarginMs: number;
  /** BullMQ: how long a job stays locked without renewal (a dead worker's job is then stalled). */
  lockDurationMs: number;
  /** BullMQ: how often this worker looks for stalled jobs. */
  stalledIntervalMs: number;
  /** BullMQ: times a job may stall and be taken again before BullMQ fails it. */
  maxStalledCount: number;
  /** On SIGTERM, how long running gradings may take before they are handed back. */
  shutdownTimeoutMs: number;
  /** Least time between two progress reports of one grading (database, channel, BullMQ). */
  progressIntervalMs: number;
}

const int = (fallback: number, min: number) =>
  envVar(z.coerce.number().int().min(min).default(fallback));

const envSchema = z.object({
  DATABASE_URL: databaseUrlEnv,
  REDIS_URL: redisUrlEnv,
  WORKER_CONCURRENCY: int(1, 1),
  WORKER_ID: envVar(z.string().min(1).max(100).optional()),
  QUEUE_PREFIX: queuePrefixEnv,
  GRADE_ATTEMPTS: int(3, 1),
  GRADE_RETRY_BACKOFF_MS: int(2_000, 0),
  RECOVERY_INTERVAL_MS: int(30_000, 100),
  RECOVERY_GRACE_MS: int(10_000, 0),
  STALE_MARGIN_MS: int(30_000, 0),
  LOCK_DURATION_MS: int(30_000, 500),
  STALLED_INTERVAL_MS: int(30_000, 100),
  MAX_STALLED_COUNT: int(2, 0),
  SHUTDOWN_TIMEOUT_MS: int(30_000, 0),
  PROGRESS_INTERVAL_MS: int(250, 0),
});

/** Reads the worker's configuration; every variable has a default fit for this machine. */
export function loadWorkerConfig(
  env: Record<string, string | undefined> = process.env,
): WorkerConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid worker environment:\n${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  return {
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    concurrency: values.WORKER_CONCURRENCY,
    workerId: values.WORKER_ID ?? `${hostname()}-${process.pid}`,
    queuePrefix: values.QUEUE_PREFIX,
    maxAttempts: values.GRADE_ATTEMPTS,
    retryBackoffMs: values.GRADE_RETRY_BACKOFF_MS,
    recoveryIntervalMs: values.RECOVERY_INTERVAL_MS,
    recoveryGraceMs: values.RECOVERY_GRACE_MS,
    staleMarginMs: values.STALE_MARGIN_MS,
    lockDurationMs: values.LOCK_DURATION_MS,
    stalledIntervalMs: values.STALLED_INTERVAL_MS,
    maxStalledCount: values.MAX_STALLED_COUNT,
    shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
    progressIntervalMs: values.PROGRESS_INTERVAL_MS,
  };
}
