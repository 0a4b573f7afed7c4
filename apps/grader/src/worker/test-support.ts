import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  GRADE_QUEUE,
  SUBMISSION_EVENTS_CHANNEL,
  submissionEvent,
  type SubmissionEvent,
} from '@threadlab/contracts';
import type { Database, SubmissionStatus } from '@threadlab/db';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { WorkerConfig } from './config.js';

// What the worker's tests share: a course with the catalogue's lock/counter in a test
// database, submissions of its reference and buggy variants, a queue under a prefix of the
// test file's own, and a listener on the status channel.

export const LOCAL_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

const LOCK_COUNTER = fileURLToPath(new URL('../../../../exercises/lock/counter/', import.meta.url));

/** A file of the catalogue's lock/counter: 'reference.py', 'variants/no_lock.py', ... */
export function lockCounterFile(path: string): Promise<string> {
  return readFile(`${LOCK_COUNTER}${path}`, 'utf8');
}

/** The course, its `lock` section, the exercise lock/counter and a student; the student's id. */
export async function seedLockCounter(db: Database): Promise<string> {
  await db.course.create({ data: { id: 'lecture-11', title: 'Threads' } });
  await db.section.create({
    data: { id: 'lock', courseId: 'lecture-11', position: 9, headings: [] },
  });
  await db.exercise.create({
    data: {
      id: 'lock/counter',
      sectionId: 'lock',
      position: 0,
      kind: 'code',
      titleRu: 'Счётчик',
      titleEn: 'Counter',
      difficulty: 1,
      points: 10,
      statementRu: 'ру',
      statementEn: 'en',
      starter: 'class Counter: ...\n',
      hints: [],
      codeKb: 64,
    },
  });
  const user = await db.user.create({
    data: {
      email: `${randomBytes(4).toString('hex')}@example.org`,
      name: 'Ann',
      passwordHash: 'x',
    },
  });
  return user.id;
}

/** A submission as the API stores it: `queued`, with its first event. */
export async function createSubmission(
  db: Database,
  userId: string,
  code: string,
  exerciseId = 'lock/counter',
): Promise<string> {
  const submission = await db.submission.create({
    data: { userId, exerciseId, code, events: { create: [{ status: 'queued' }] } },
  });
  return submission.id;
}

/** The status history of a submission, in the order it was written. */
export async function statusHistory(
  db: Database,
  submissionId: string,
): Promise<SubmissionStatus[]> {
  const events = await db.submissionEvent.findMany({
    where: { submissionId },
    orderBy: { id: 'asc' },
  });
  return events.map((event) => event.status);
}

/** A prefix no other test file uses, so that parallel files never share Redis keys. */
export function uniquePrefix(): string {
  return `test-worker-${randomBytes(5).toString('hex')}`;
}

/** A worker configuration for tests: short intervals, everything else as in production. */
export function testWorkerConfig(
  overrides: Partial<WorkerConfig> & { databaseUrl: string; queuePrefix: string },
): WorkerConfig {
  return {
    redisUrl: LOCAL_REDIS_URL,
    concurrency: 1,
    workerId: `test-${randomBytes(3).toString('hex')}`,
    maxAttempts: 3,
    retryBackoffMs: 50,
    recoveryIntervalMs: 60_000,
    recoveryGraceMs: 0,
    staleMarginMs: 30_000,
    lockDurationMs: 5_000,
    stalledIntervalMs: 1_000,
    maxStalledCount: 2,
    shutdownTimeoutMs: 10_000,
    progressIntervalMs: 50,
    ...overrides,
  };
}

export function createTestQueue(prefix: string, redisUrl = LOCAL_REDIS_URL): Queue {
  const { hostname, port } = new URL(redisUrl);
  // Connection options, not a connection: the queue then closes what it opened.
  return new Queue(GRADE_QUEUE, {
    prefix,
    connection: { host: hostname, port: Number(port), maxRetriesPerRequest: null },
  });
}

/** Removes every Redis key under the prefix. */
export async function deletePrefix(prefix: string, redisUrl = LOCAL_REDIS_URL): Promise<void> {
  const redis = new Redis(redisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Everything published on the status channel while it listens, by submission. */
export interface EventListener {
  of(submissionId: string): SubmissionEvent['message'][];
  /** Resolves with the first message of that status for the submission (already seen or next). */
  next(submissionId: string, status: SubmissionStatus): Promise<SubmissionEvent['message']>;
  close(): Promise<void>;
}

export async function listenToStatusEvents(redisUrl = LOCAL_REDIS_URL): Promise<EventListener> {
  const redis = new Redis(redisUrl);
  const seen = new Map<string, SubmissionEvent['message'][]>();
  const waiting = new Set<{
    id: string;
    status: string;
    resolve: (m: SubmissionEvent['message']) => void;
  }>();
  redis.on('message', (_channel: string, text: string) => {
    const event = submissionEvent.parse(JSON.parse(text));
    seen.set(event.submissionId, [...(seen.get(event.submissionId) ?? []), event.message]);
    for (const waiter of waiting) {
      if (waiter.id === event.submissionId && waiter.status === event.message.status) {
        waiting.delete(waiter);
        waiter.resolve(event.message);
      }
    }
  });
  await redis.subscribe(SUBMISSION_EVENTS_CHANNEL);
  const of = (submissionId: string) => seen.get(submissionId) ?? [];
  return {
    of,
    next: (id, status) => {
      const already = of(id).find((message) => message.status === status);
      if (already !== undefined) return Promise.resolve(already);
      return new Promise((resolve) => waiting.add({ id, status, resolve }));
    },
    close: async () => {
      await redis.quit();
    },
  };
}

/** Polls until `check` returns something other than undefined, or fails after `timeoutMs`. */
export async function waitFor<T>(
  what: string,
  check: () => T | undefined | Promise<T | undefined>,
  timeoutMs = 30_000,
  everyMs = 25,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

/** Waits until every submission is `finished` or `error`. */
export async function waitUntilDone(
  db: Database,
  ids: string[],
  timeoutMs = 60_000,
): Promise<void> {
  await waitFor(
    `${ids.length} submissions to be done`,
    async () => {
      const done = await db.submission.count({
        where: { id: { in: ids }, status: { in: ['finished', 'error'] } },
      });
      return done === ids.length ? true : undefined;
    },
    timeoutMs,
    50,
  );
}
