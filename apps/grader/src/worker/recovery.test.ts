import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import { GRADE_QUEUE } from '@threadlab/contracts';
import { UnrecoverableError, Worker, type Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueueGrade } from './enqueue.js';
import { silentLogger } from './logger.js';
import { recoverLostJobs, type RecoveryContext } from './recovery.js';
import { SubmissionStore } from './submission-store.js';
import {
  createSubmission,
  createTestQueue,
  deletePrefix,
  seedLockCounter,
  uniquePrefix,
} from './test-support.js';

// Recovery on its own, with no worker taking the jobs: which submissions get a job again.

let test: TestDatabase;
let queue: Queue;
let userId: string;
let context: RecoveryContext;
const prefix = uniquePrefix();
const WALL_TIME_MS = 1_000;
const MARGIN_MS = 1_000;

beforeAll(async () => {
  test = await createTestDatabase();
  userId = await seedLockCounter(test.db);
  queue = createTestQueue(prefix);
  context = {
    store: new SubmissionStore(test.db),
    queue,
    logger: silentLogger,
    config: { recoveryGraceMs: 5_000, staleMarginMs: MARGIN_MS },
    wallTimeMs: () => Promise.resolve(WALL_TIME_MS),
  };
});
afterAll(async () => {
  await queue?.close();
  await deletePrefix(prefix);
  await test?.drop();
});

const ago = (ms: number) => new Date(Date.now() - ms);

async function submission(data: {
  status?: 'queued' | 'running' | 'finished' | 'error';
  createdAgoMs?: number;
  startedAgoMs?: number;
}): Promise<string> {
  const id = await createSubmission(test.db, userId, 'pass\n');
  await test.db.submission.update({
    where: { id },
    data: {
      status: data.status ?? 'queued',
      createdAt: ago(data.createdAgoMs ?? 60_000),
      ...(data.startedAgoMs === undefined
        ? {}
        : { startedAt: ago(data.startedAgoMs), attempts: 1 }),
    },
  });
  return id;
}

/** A job BullMQ gave up on, as it does with one that stalled too often. */
async function failJob(id: string): Promise<void> {
  await enqueueGrade(queue, id);
  const worker = new Worker(GRADE_QUEUE, null, {
    prefix,
    connection: queue.opts.connection,
    autorun: false,
  });
  try {
    const job = await worker.getNextJob('test-token');
    expect(job?.id).toBe(id);
    await job.moveToFailed(
      new UnrecoverableError('job stalled more than allowable limit'),
      'test-token',
    );
  } finally {
    await worker.close();
  }
  expect(await queue.getJobState(id)).toBe('failed');
}

describe('recoverLostJobs', () => {
  it('enqueues exactly the unfinished submissions nobody will grade', async () => {
    const failedJob = await submission({});
    await failJob(failedJob);
    const lostQueued = await submission({});
    const freshQueued = await submission({ createdAgoMs: 0 });
    const queuedWithJob = await submission({});
    await enqueueGrade(queue, queuedWithJob);
    const liveRunning = await submission({ status: 'running', startedAgoMs: 500 });
    const staleRunning = await submission({ status: 'running', startedAgoMs: 10_000 });
    const finished = await submission({ status: 'finished' });

    const report = await recoverLostJobs(context);
    expect(report.enqueued.sort()).toEqual([lostQueued, staleRunning, failedJob].sort());
    for (const id of [lostQueued, staleRunning, failedJob, queuedWithJob]) {
      expect(await queue.getJobState(id)).toBe('waiting');
    }
    for (const id of [freshQueued, liveRunning, finished]) {
      expect(await queue.getJobState(id)).toBe('unknown');
    }
    expect(await queue.getJob(lostQueued)).toMatchObject({ data: { submissionId: lostQueued } });

    // A second pass (another worker's, say) adds nothing.
    expect((await recoverLostJobs(context)).enqueued).toEqual([]);
    expect(await queue.getWaitingCount()).toBe(4);
  });
});
