import { gradeResult } from '@threadlab/contracts';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import type { Queue } from 'bullmq';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ProtocolError, SandboxError } from '../errors.js';
import { gradeSubmission, type GradeSubmissionOptions } from '../grade.js';
import { enqueueGrade } from './enqueue.js';
import { startGradeWorker, type GradeWorker } from './grade-worker.js';
import { silentLogger } from './logger.js';
import {
  createSubmission,
  createTestQueue,
  deletePrefix,
  listenToStatusEvents,
  lockCounterFile,
  seedLockCounter,
  statusHistory,
  testWorkerConfig,
  uniquePrefix,
  waitFor,
  waitUntilDone,
  type EventListener,
} from './test-support.js';

// The worker against the real Postgres, Redis and grader: lock/counter's reference and a
// buggy variant go through queue, sandbox and threadcheck. Only infrastructure failures,
// which cannot be caused on purpose otherwise, come from a wrapped grade function.

let test: TestDatabase;
let userId: string;
let queue: Queue;
let events: EventListener;
const prefix = uniquePrefix();
const workers: GradeWorker[] = [];

beforeAll(async () => {
  test = await createTestDatabase();
  userId = await seedLockCounter(test.db);
  queue = createTestQueue(prefix);
  events = await listenToStatusEvents();
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.close()));
});
afterAll(async () => {
  await events?.close();
  await queue?.close();
  await deletePrefix(prefix);
  await test?.drop();
});

function startWorker(
  grade?: (options: GradeSubmissionOptions) => ReturnType<typeof gradeSubmission>,
  workerId?: string,
): GradeWorker {
  const config = testWorkerConfig({
    databaseUrl: test.url,
    queuePrefix: prefix,
    ...(workerId === undefined ? {} : { workerId }),
  });
  const worker = startGradeWorker(config, { db: test.db, grade, logger: silentLogger });
  workers.push(worker);
  return worker;
}

/** gradeSubmission, counting its calls per submission code. */
function countingGrade() {
  const calls = new Map<string, number>();
  const grade = (options: GradeSubmissionOptions) => {
    calls.set(options.code, (calls.get(options.code) ?? 0) + 1);
    return gradeSubmission(options);
  };
  return { grade, calls };
}

async function submit(code: string): Promise<string> {
  const id = await createSubmission(test.db, userId, code);
  await enqueueGrade(queue, id);
  return id;
}

describe('the grade worker', () => {
  it('grades a passing and a failing solution once each: queued → running → finished', async () => {
    const reference = await lockCounterFile('reference.py');
    const noLock = await lockCounterFile('variants/no_lock.py');
    const { grade, calls } = countingGrade();
    startWorker(grade);
    const passing = await submit(reference);
    const failing = await submit(noLock);
    await waitUntilDone(test.db, [passing, failing]);

    const [pass, fail] = await Promise.all(
      [passing, failing].map((id) => test.db.submission.findUniqueOrThrow({ where: { id } })),
    );
    expect(pass).toMatchObject({ status: 'finished', verdict: 'pass', score: 1, attempts: 1 });
    expect(fail).toMatchObject({ status: 'finished', verdict: 'fail', attempts: 1 });
    expect(gradeResult.parse(pass?.result).verdict).toBe('pass');
    const failed = gradeResult.parse(fail?.result);
    expect(failed.failures[0]?.kind).toBe('race');
    expect(fail?.score).toBe(failed.score);
    expect(pass?.startedAt).toBeInstanceOf(Date);
    expect(pass?.finishedAt).toBeInstanceOf(Date);

    // A failing solution is a result: graded once, never retried.
    expect(calls.get(noLock)).toBe(1);
    expect(calls.get(reference)).toBe(1);
    for (const id of [passing, failing]) {
      expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'finished']);
      const published = events.of(id);
      // running, any number of progress reports (running with progress), finished.
      expect(published[0]).toMatchObject({ status: 'running', submissionId: id });
      expect(published[0]?.progress).toBeUndefined();
      expect(published.at(-1)?.status).toBe('finished');
      expect(published.slice(1, -1).every((m) => m.status === 'running' && m.progress)).toBe(true);
      expect(published.filter((m) => m.status === 'finished')).toHaveLength(1);
    }
    expect(events.of(passing).at(-1)?.result).toEqual(pass?.result);
    expect(events.of(failing).at(-1)?.result?.verdict).toBe('fail');
  }, 60_000);

  it('reports progress on the channel and in the database while it grades', async () => {
    const reference = await lockCounterFile('reference.py');
    startWorker();
    const id = await submit(reference);
    await waitUntilDone(test.db, [id]);
    const progress = events.of(id).filter((m) => m.progress !== undefined);
    expect(progress.length).toBeGreaterThan(0);
    expect(typeof progress[0]?.progress?.schedules).toBe('number');
    expect(typeof progress[0]?.progress?.scenario).toBe('string');
    // ≤ one report per 50 ms (the test's interval) over the grading's elapsed time, plus one.
    const row = await test.db.submission.findUniqueOrThrow({ where: { id } });
    const elapsed = row.finishedAt!.getTime() - row.startedAt!.getTime();
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / 50) + 1);
  }, 60_000);

  it('retries an infrastructure failure, then stores the result', async () => {
    const reference = await lockCounterFile('reference.py');
    let calls = 0;
    startWorker(async (options) => {
      calls += 1;
      if (calls === 1) throw new SandboxError('bwrap: setting up uid map: Permission denied');
      return gradeSubmission(options);
    });
    const id = await submit(reference);
    await waitUntilDone(test.db, [id]);

    const row = await test.db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'finished', verdict: 'pass', attempts: 2 });
    expect(calls).toBe(2);
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

  it('gives up after the configured attempts: error, with a message and no internals', async () => {
    let calls = 0;
    startWorker(() => {
      calls += 1;
      return Promise.reject(new ProtocolError('unknown message type "hello" at /tmp/grade-x/'));
    });
    const id = await submit(await lockCounterFile('reference.py'));
    await waitUntilDone(test.db, [id]);

    const row = await test.db.submission.findUniqueOrThrow({
      where: { id },
      include: { events: true },
    });
    expect(row).toMatchObject({ status: 'error', verdict: 'error', attempts: 3 });
    expect(calls).toBe(3);
    expect(await statusHistory(test.db, id)).toEqual([
      'queued',
      'running',
      'queued',
      'running',
      'queued',
      'running',
      'error',
    ]);
    const result = gradeResult.parse(row.result);
    expect(result.verdict).toBe('error');
    const reason = result.notes?.[0] ?? '';
    expect(reason).toMatch(/3 times on our side/);
    const errorEvent = row.events.find((event) => event.status === 'error');
    expect(errorEvent?.detail).toBe(reason);
    for (const text of [reason, ...row.events.map((event) => event.detail ?? '')]) {
      expect(text).not.toMatch(/ProtocolError|hello|\/tmp|at .*\.ts/);
    }
    const last = events.of(id).at(-1);
    expect(last).toMatchObject({ status: 'error', result: { verdict: 'error', notes: [reason] } });
  }, 60_000);

  it('does not retry a submission the grader refuses as input (oversized code)', async () => {
    let calls = 0;
    startWorker((options) => {
      calls += 1;
      return gradeSubmission(options);
    });
    const id = await submit(`# ${'x'.repeat(70 * 1024)}\n`);
    await waitUntilDone(test.db, [id]);

    const row = await test.db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'error', attempts: 1 });
    expect(calls).toBe(1);
    expect(gradeResult.parse(row.result).notes?.[0]).toMatch(/at most 64 KB/);
    expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'error']);
  }, 60_000);

  it('shares the jobs between two workers and grades every submission exactly once', async () => {
    const reference = await lockCounterFile('reference.py');
    const { grade } = countingGrade();
    let graded = 0;
    const counted = (options: GradeSubmissionOptions) => {
      graded += 1;
      return grade(options);
    };
    startWorker(counted, 'worker-a');
    startWorker(counted, 'worker-b');
    const ids: string[] = [];
    for (let i = 0; i < 6; i += 1) ids.push(await submit(`${reference}\n# copy ${i}\n`));
    await waitUntilDone(test.db, ids, 90_000);

    expect(graded).toBe(6);
    const byWorker = new Map<string, number>();
    for (const id of ids) {
      const row = await test.db.submission.findUniqueOrThrow({
        where: { id },
        include: { events: true },
      });
      expect(row).toMatchObject({ status: 'finished', verdict: 'pass', attempts: 1 });
      expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'finished']);
      const worker = row.events
        .find((event) => event.status === 'running')
        ?.detail?.split(' on ')[1];
      byWorker.set(worker ?? '?', (byWorker.get(worker ?? '?') ?? 0) + 1);
    }
    expect([...byWorker.keys()].sort()).toEqual(['worker-a', 'worker-b']);
  }, 120_000);

  it('ignores a second job for a finished submission', async () => {
    let calls = 0;
    startWorker((options) => {
      calls += 1;
      return gradeSubmission(options);
    });
    const id = await submit(await lockCounterFile('reference.py'));
    await waitUntilDone(test.db, [id]);
    await enqueueGrade(queue, id);
    expect(await queue.getJobState(id)).not.toBe('unknown');
    // Taken, found finished, completed and removed.
    await waitFor('the second job to be done', async () =>
      (await queue.getJobState(id)) === 'unknown' ? true : undefined,
    );
    expect(calls).toBe(1);
    expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'finished']);
  }, 60_000);
});
