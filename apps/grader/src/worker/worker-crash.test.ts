import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { gradeResult } from '@threadlab/contracts';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type GradeSubmissionOptions } from '../grade.js';
import { enqueueGrade } from './enqueue.js';
import { startGradeWorker, type GradeWorker } from './grade-worker.js';
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

// A worker process killed (SIGKILL: no shutdown, no hand-back) in the middle of a job loses
// nothing: its lock runs out, BullMQ's stalled check gives the job to another worker, which
// takes the attempt over and stores the one result.

const GRADER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const LOCK_DURATION_MS = 1_500;

let test: TestDatabase;
let queue: Queue;
let events: EventListener;
let child: ChildProcess | undefined;
let survivor: GradeWorker | undefined;
const prefix = uniquePrefix();

beforeAll(async () => {
  test = await createTestDatabase();
  queue = createTestQueue(prefix);
  events = await listenToStatusEvents();
});
afterAll(async () => {
  child?.kill('SIGKILL');
  await survivor?.close();
  await events?.close();
  await queue?.close();
  await deletePrefix(prefix);
  await test?.drop();
});

/** `pnpm worker` as a real process (node itself, not a wrapper that would outlive the kill). */
async function startChildWorker(
  workerId: string,
): Promise<{ process: ChildProcess; log: string[] }> {
  const log: string[] = [];
  const worker = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
    cwd: GRADER_DIR,
    env: {
      ...process.env,
      DATABASE_URL: test.url,
      REDIS_URL: LOCAL_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_ID: workerId,
      LOCK_DURATION_MS: String(LOCK_DURATION_MS),
      STALLED_INTERVAL_MS: '500',
      // README: one sandbox uid per worker process.
      SANDBOX_UID: '65533',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [worker.stdout, worker.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (text: string) => log.push(text));
  }
  await waitFor(
    'the child worker to start',
    () => {
      if (worker.exitCode !== null) throw new Error(`child worker exited:\n${log.join('')}`);
      return log.join('').includes('"worker started"') ? true : undefined;
    },
    30_000,
  );
  return { process: worker, log };
}

describe('a worker killed in the middle of a job', () => {
  it('loses nothing: another worker grades the submission, exactly once', async () => {
    const userId = await seedLockCounter(test.db);
    const started = await startChildWorker('doomed-worker');
    child = started.process;

    const id = await createSubmission(test.db, userId, await lockCounterFile('reference.py'));
    await enqueueGrade(queue, id);
    await waitFor('the child to start grading', () =>
      events.of(id).some((message) => message.status === 'running') ? true : undefined,
    );
    child.kill('SIGKILL');
    await once(child, 'exit');
    // Killed while grading: nothing stored yet, the job still active (its lock not yet expired).
    expect(await test.db.submission.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: 'running',
      attempts: 1,
      result: null,
    });
    expect(await queue.getJobState(id)).toBe('active');

    let graded = 0;
    survivor = startGradeWorker(
      testWorkerConfig({
        databaseUrl: test.url,
        queuePrefix: prefix,
        workerId: 'survivor',
        stalledIntervalMs: 500,
      }),
      {
        db: test.db,
        logger: silentLogger,
        grade: (options: GradeSubmissionOptions) => {
          graded += 1;
          return gradeSubmission(options);
        },
      },
    );
    await waitUntilDone(test.db, [id], 60_000);

    const row = await test.db.submission.findUniqueOrThrow({
      where: { id },
      include: { events: { orderBy: { id: 'asc' } } },
    });
    expect(row).toMatchObject({ status: 'finished', verdict: 'pass', attempts: 2 });
    expect(gradeResult.parse(row.result).verdict).toBe('pass');
    expect(graded).toBe(1);
    expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'running', 'finished']);
    expect(row.events.filter((e) => e.status === 'running').map((e) => e.detail)).toEqual([
      'attempt 1 on doomed-worker',
      'attempt 2 on survivor',
    ]);
    const published = events.of(id).filter((message) => message.progress === undefined);
    expect(published.map((message) => message.status)).toEqual(['running', 'running', 'finished']);
    // The job is done and gone; nothing will grade the submission again.
    await waitFor('the job to be removed', async () =>
      (await queue.getJobState(id)) === 'unknown' ? true : undefined,
    );
  }, 90_000);
});
