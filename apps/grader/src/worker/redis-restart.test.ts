import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { gradeResult } from '@threadlab/contracts';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeSubmission, type GradeSubmissionOptions } from '../grade.js';
import { enqueueGrade } from './enqueue.js';
import { startGradeWorker, type GradeWorker } from './grade-worker.js';
import { silentLogger } from './logger.js';
import {
  createSubmission,
  createTestQueue,
  lockCounterFile,
  seedLockCounter,
  testWorkerConfig,
  uniquePrefix,
  waitFor,
  waitUntilDone,
} from './test-support.js';

// Redis only carries work: restarted empty in the middle of a batch (a private redis-server,
// without persistence), it loses every job. The worker reconnects, the grading in flight
// stores its result in Postgres anyway, and recovery enqueues the submissions still
// `queued` from their rows. Every submission ends finished, graded exactly once.

let test: TestDatabase;
let redis: ChildProcess | undefined;
let worker: GradeWorker | undefined;
let port: number;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function startRedis(): Promise<ChildProcess> {
  const server = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const client = new Redis(port, '127.0.0.1', { lazyConnect: true, retryStrategy: () => null });
  client.on('error', () => {}); // refused until the server listens
  try {
    await waitFor('redis-server to answer', async () => {
      try {
        if (client.status !== 'ready') await client.connect();
        return (await client.ping()) === 'PONG' ? true : undefined;
      } catch {
        if (server.exitCode !== null) throw new Error('redis-server exited');
        return undefined;
      }
    });
  } finally {
    client.disconnect();
  }
  return server;
}

async function stopRedis(): Promise<void> {
  if (redis === undefined || redis.exitCode !== null) return;
  const exited = once(redis, 'exit');
  redis.kill('SIGKILL');
  await exited;
}

beforeAll(async () => {
  test = await createTestDatabase();
  port = await freePort();
  redis = await startRedis();
});
afterAll(async () => {
  await worker?.close();
  await stopRedis();
  await test?.drop();
});

describe('a Redis restart', () => {
  it('loses no submission: recovery enqueues them again from Postgres', async () => {
    const redisUrl = `redis://127.0.0.1:${port}`;
    const prefix = uniquePrefix();
    const userId = await seedLockCounter(test.db);
    const reference = await lockCounterFile('reference.py');
    const graded = new Map<string, number>();
    const logged: Record<string, unknown>[] = [];
    worker = startGradeWorker(
      testWorkerConfig({
        databaseUrl: test.url,
        redisUrl,
        queuePrefix: prefix,
        recoveryIntervalMs: 500,
      }),
      {
        db: test.db,
        logger: { ...silentLogger, info: (message, fields) => logged.push({ message, ...fields }) },
        grade: (options: GradeSubmissionOptions) => {
          graded.set(options.code, (graded.get(options.code) ?? 0) + 1);
          return gradeSubmission(options);
        },
      },
    );

    const queue = createTestQueue(prefix, redisUrl);
    const ids: string[] = [];
    for (let i = 0; i < 4; i += 1) {
      const id = await createSubmission(test.db, userId, `${reference}\n# copy ${i}\n`);
      await enqueueGrade(queue, id);
      ids.push(id);
    }
    await queue.close();
    await waitFor('a grading to be under way', async () =>
      (await test.db.submission.count({ where: { status: 'running' } })) > 0 ? true : undefined,
    );

    await stopRedis();
    redis = await startRedis();
    const fresh = new Redis(redisUrl);
    expect(await fresh.keys(`${prefix}:*`)).toEqual([]); // every job is gone
    fresh.disconnect();
    expect(
      await test.db.submission.count({ where: { id: { in: ids }, status: { not: 'finished' } } }),
    ).toBeGreaterThan(1); // ... and more than the one in flight was still waiting for one

    await waitUntilDone(test.db, ids, 60_000);
    const recovered = logged
      .filter((entry) => entry.message === 're-enqueued submissions whose job was lost')
      .flatMap((entry) => entry.submissions as string[]);
    expect(recovered.length).toBeGreaterThan(0);
    expect(recovered.every((id) => ids.includes(id))).toBe(true);
    for (const [index, id] of ids.entries()) {
      const row = await test.db.submission.findUniqueOrThrow({
        where: { id },
        include: { events: true },
      });
      expect(row).toMatchObject({ status: 'finished', verdict: 'pass' });
      expect(gradeResult.parse(row.result).verdict).toBe('pass');
      expect(row.events.filter((event) => event.status === 'finished')).toHaveLength(1);
      expect(graded.get(`${reference}\n# copy ${index}\n`)).toBe(1);
    }
  }, 90_000);
});
