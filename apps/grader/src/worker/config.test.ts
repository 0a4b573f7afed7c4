import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { loadWorkerConfig } from './config.js';

describe('loadWorkerConfig', () => {
  it('has safe local defaults', () => {
    expect(loadWorkerConfig({})).toEqual({
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/threadlab',
      redisUrl: 'redis://127.0.0.1:6379',
      concurrency: 1,
      workerId: `${hostname()}-${process.pid}`,
      queuePrefix: 'bull',
      maxAttempts: 3,
      retryBackoffMs: 2_000,
      recoveryIntervalMs: 30_000,
      recoveryGraceMs: 10_000,
      staleMarginMs: 30_000,
      lockDurationMs: 30_000,
      stalledIntervalMs: 30_000,
      maxStalledCount: 2,
      shutdownTimeoutMs: 30_000,
      progressIntervalMs: 250,
    });
  });

  it('reads every variable, and treats an empty one as unset', () => {
    const config = loadWorkerConfig({
      DATABASE_URL: 'postgresql://grader@db:5432/threadlab',
      REDIS_URL: 'redis://redis:6379/2',
      WORKER_CONCURRENCY: '2',
      WORKER_ID: 'grader-1',
      QUEUE_PREFIX: 'tl',
      GRADE_ATTEMPTS: '5',
      GRADE_RETRY_BACKOFF_MS: '100',
      RECOVERY_INTERVAL_MS: '1000',
      RECOVERY_GRACE_MS: '0',
      STALE_MARGIN_MS: '5000',
      LOCK_DURATION_MS: '2000',
      STALLED_INTERVAL_MS: '500',
      MAX_STALLED_COUNT: '1',
      SHUTDOWN_TIMEOUT_MS: '',
      PROGRESS_INTERVAL_MS: '0',
    });
    expect(config).toMatchObject({
      databaseUrl: 'postgresql://grader@db:5432/threadlab',
      redisUrl: 'redis://redis:6379/2',
      concurrency: 2,
      workerId: 'grader-1',
      queuePrefix: 'tl',
      maxAttempts: 5,
      retryBackoffMs: 100,
      recoveryIntervalMs: 1000,
      recoveryGraceMs: 0,
      staleMarginMs: 5000,
      lockDurationMs: 2000,
      stalledIntervalMs: 500,
      maxStalledCount: 1,
      shutdownTimeoutMs: 30_000,
      progressIntervalMs: 0,
    });
  });

  it.each([
    ['WORKER_CONCURRENCY', '0'],
    ['WORKER_CONCURRENCY', 'two'],
    ['GRADE_ATTEMPTS', '1.5'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['DATABASE_URL', 'mysql://127.0.0.1/threadlab'],
  ])('refuses %s=%s', (name, value) => {
    expect(() => loadWorkerConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadWorkerConfig({ [name]: value })).toThrow(name);
  });
});
