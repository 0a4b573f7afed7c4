import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type GradeSubmissionOptions } from '../grade.js';
import { enqueueGrade } from './enqueue.js';
import { startGradeWorker } from './grade-worker.js';
import { silentLogger } from './logger.js';
import {
  createSubmission,
  createTestQueue,
  deletePrefix,
  listenToStatusEvents,
  LOCAL_REDIS_URL,
  lockCounterFile,
  seedLockCounter,
  statusHistory,
  testWorkerConfig,
  uniquePrefix,
  waitFor,
  waitUntilDone,
  type EventListener,
} from './test-support.js';

// SIGTERM stops a worker gracefully: the grading in progress ends and is stored; one that
// outlasts the shutdown timeout is handed back to the queue for another worker.

const GRADER_DIR = fileURLToPath(new URL('../..', import.meta.url));

let test: TestDatabase;
let queue: Queue;
let events: EventListener;
let userId: string;
const prefix = uniquePrefix();

beforeAll(async () => {
  test = await createTestDatabase();
  userId = await seedLockCounter(test.db);
  queue = createTestQueue(prefix);
  events = await listenToStatusEvents();
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  await deletePrefix(prefix);
  await test?.drop();
});

describe('stopping a worker', () => {
  it('on SIGTERM, finishes the grading in progress, stores it and exits 0', async () => {
    const log: string[] = [];
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
      cwd: GRADER_DIR,
      env: {
        ...process.env,
        DATABASE_URL: test.url,
        REDIS_URL: LOCAL_REDIS_URL,
        QUEUE_PREFIX: prefix,
        WORKER_ID: 'terminated-worker',
        SANDBOX_UID: '65532',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (text: string) => log.push(text));
    const exited = once(child, 'exit');
    try {
      await waitFor('the child worker to start', () =>
        log.join('').includes('"worker started"') ? true : undefined,
      );
      const id = await createSubmission(test.db, userId, await lockCounterFile('reference.py'));
      await enqueueGrade(queue, id);
      await waitFor('the child to start grading', () =>
        events.of(id).some((message) => message.status === 'running') ? true : undefined,
      );
      const stoppedAt = Date.now();
      child.kill('SIGTERM');
      const [code] = (await exited) as [number | null];
      expect(code, log.join('')).toBe(0);
      const row = await test.db.submission.findUniqueOrThrow({ where: { id } });
      expect(row).toMatchObject({ status: 'finished', verdict: 'pass', attempts: 1 });
      // Finished after the signal: the grading really was in progress when it came.
      expect(row.finishedAt!.getTime()).toBeGreaterThanOrEqual(stoppedAt);
      expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'finished']);
      expect(log.join('')).toContain('"worker stopped"');
    } finally {
      child.kill('SIGKILL');
    }
  }, 60_000);

  it('hands a grading that outlasts the shutdown timeout back to the queue', async () => {
    const config = testWorkerConfig({ databaseUrl: test.url, queuePrefix: prefix });
    // A grading that would never end: it only stops when the sandbox is told to.
    let aborted = false;
    const slow = startGradeWorker(
      { ...config, workerId: 'slow-worker', shutdownTimeoutMs: 300 },
      {
        db: test.db,
        logger: silentLogger,
        grade: ({ signal }: GradeSubmissionOptions) =>
          new Promise((_resolve, reject) => {
            signal?.addEventListener('abort', () => {
              aborted = true;
              reject(signal.reason as Error);
            });
          }),
      },
    );
    const id = await createSubmission(test.db, userId, await lockCounterFile('reference.py'));
    await enqueueGrade(queue, id);
    await waitFor('the slow worker to start grading', () =>
      events.of(id).some((message) => message.status === 'running') ? true : undefined,
    );
    const stopping = Date.now();
    await slow.close();
    expect(aborted).toBe(true);
    expect(Date.now() - stopping).toBeLessThan(5_000);
    expect(await queue.getJobState(id)).toMatch(/waiting|delayed/);
    expect(await test.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'queued',
      attempts: 1,
    });

    const next = startGradeWorker(
      { ...config, workerId: 'next-worker' },
      { db: test.db, logger: silentLogger, grade: gradeSubmission },
    );
    try {
      await waitUntilDone(test.db, [id]);
    } finally {
      await next.close();
    }
    expect(await test.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'finished',
      verdict: 'pass',
      attempts: 2,
    });
    expect(await statusHistory(test.db, id)).toEqual([
      'queued',
      'running',
      'queued',
      'running',
      'finished',
    ]);
    const statuses = events
      .of(id)
      .filter((m) => m.progress === undefined)
      .map((m) => m.status);
    expect(statuses).toEqual(['running', 'queued', 'running', 'finished']);
  }, 60_000);
});
