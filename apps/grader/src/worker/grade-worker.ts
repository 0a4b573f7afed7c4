import { GRADE_QUEUE } from '@threadlab/contracts';
import { createDatabase, type Database } from '@threadlab/db';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { gradeSubmission } from '../grade.js';
import type { WorkerConfig } from './config.js';
import { exerciseWallTimeMs } from './exercise-wall-time.js';
import {
  processGradeJob,
  type GradeFunction,
  type GradeJobContext,
} from './grade-job-processor.js';
import { createJsonLogger, describeForLog, type Logger } from './logger.js';
import { recoverLostJobs, type RecoveryReport } from './recovery.js';
import { createStatusPublisher } from './status-publisher.js';
import { SubmissionStore } from './submission-store.js';

// One worker process's share of the grading: a BullMQ Worker on GRADE_QUEUE, the periodic
// recovery, and the connections they use. Everything a job needs is in Postgres or Redis;
// any number of these, in one process or many, share one queue.

export interface GradeWorkerOptions {
  /** A database to use (and leave open); by default one is opened on config.databaseUrl. */
  db?: Database;
  /** gradeSubmission by default; tests put infrastructure failures here. */
  grade?: GradeFunction;
  logger?: Logger;
  /** Where the exercise's wall time comes from (its folder by default). */
  wallTimeMs?: (exerciseId: string) => Promise<number>;
}

export interface GradeWorker {
  readonly workerId: string;
  /** Runs one recovery pass now (they also run on start and every recoveryIntervalMs). */
  recoverNow(): Promise<RecoveryReport>;
  /**
   * Stops taking jobs, waits for the gradings in progress (up to shutdownTimeoutMs, then
   * hands them back to the queue), stops recovery and closes every connection.
   */
  close(): Promise<void>;
}

export function startGradeWorker(
  config: WorkerConfig,
  options: GradeWorkerOptions = {},
): GradeWorker {
  const logger = options.logger ?? createJsonLogger(config.workerId);
  const db =
    options.db ?? createDatabase(config.databaseUrl, { maxConnections: config.concurrency + 2 });
  // BullMQ needs connections that wait out a Redis restart instead of failing commands.
  const redis = () => new Redis(config.redisUrl, { maxRetriesPerRequest: null });
  const workerRedis = redis();
  const queueRedis = redis();
  const publisherRedis = new Redis(config.redisUrl);
  for (const connection of [workerRedis, queueRedis, publisherRedis]) {
    // ioredis reconnects by itself; without a listener an 'error' event would crash us.
    connection.on('error', (error: Error) =>
      logger.warn('redis connection error', { error: error.message }),
    );
  }

  const store = new SubmissionStore(db);
  const wallTimeMs = options.wallTimeMs ?? exerciseWallTimeMs;
  const shutdown = new AbortController();
  const context: GradeJobContext = {
    store,
    publisher: createStatusPublisher(publisherRedis, logger),
    grade: options.grade ?? gradeSubmission,
    logger,
    config,
    wallTimeMs,
    shutdownSignal: shutdown.signal,
  };

  const queue = new Queue(GRADE_QUEUE, { connection: queueRedis, prefix: config.queuePrefix });
  queue.on('error', (error) => logger.warn('queue error', describeForLog(error)));
  const worker = new Worker(GRADE_QUEUE, (job, token) => processGradeJob(job, token, context), {
    connection: workerRedis,
    prefix: config.queuePrefix,
    name: config.workerId,
    concurrency: config.concurrency,
    lockDuration: config.lockDurationMs,
    stalledInterval: config.stalledIntervalMs,
    maxStalledCount: config.maxStalledCount,
    // Postgres keeps the record; a finished job is only clutter. Failed ones stay a week
    // for whoever investigates (recovery removes one before re-enqueueing its submission).
    removeOnComplete: { count: 0 },
    removeOnFail: { age: 7 * 24 * 3600 },
  });
  worker.on('error', (error) => logger.warn('worker error', describeForLog(error)));
  worker.on('failed', (job, error) =>
    logger.error('job failed', { jobId: job?.id, ...describeForLog(error) }),
  );
  worker.on('stalled', (jobId) => logger.warn('job stalled; it is queued again', { jobId }));

  // Recovery: one pass at a time, on start and then every interval.
  let recovering: Promise<RecoveryReport> | undefined;
  const recoverNow = (): Promise<RecoveryReport> => {
    recovering ??= recoverLostJobs({ store, queue, logger, config, wallTimeMs }).finally(() => {
      recovering = undefined;
    });
    return recovering;
  };
  const recoverQuietly = () =>
    void recoverNow().catch((error: unknown) =>
      logger.warn('recovery failed', describeForLog(error)),
    );
  recoverQuietly();
  const recoveryTimer = setInterval(recoverQuietly, config.recoveryIntervalMs);

  logger.info('worker started', {
    queue: GRADE_QUEUE,
    prefix: config.queuePrefix,
    concurrency: config.concurrency,
  });

  let closing: Promise<void> | undefined;
  const close = async () => {
    clearInterval(recoveryTimer);
    const handBack = setTimeout(() => {
      logger.warn('shutdown timeout: handing running gradings back to the queue');
      shutdown.abort(new Error('the worker is shutting down'));
    }, config.shutdownTimeoutMs);
    try {
      await worker.close();
    } finally {
      clearTimeout(handBack);
    }
    await recovering?.catch(() => undefined);
    await queue.close();
    await Promise.allSettled([workerRedis, queueRedis, publisherRedis].map(closeConnection));
    if (options.db === undefined) await db.$disconnect();
    logger.info('worker stopped');
  };

  return {
    workerId: config.workerId,
    recoverNow,
    close: () => (closing ??= close()),
  };
}

/** QUIT flushes what is still queued (status messages); a connection that is down is just dropped. */
async function closeConnection(connection: Redis): Promise<void> {
  if (connection.status === 'ready') await connection.quit();
  else connection.disconnect();
}
