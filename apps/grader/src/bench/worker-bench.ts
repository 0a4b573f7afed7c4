import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@threadlab/db/testing';
import { enqueueGrade } from '../worker/enqueue.js';
import {
  createSubmission,
  createTestQueue,
  deletePrefix,
  listenToStatusEvents,
  LOCAL_REDIS_URL,
  lockCounterFile,
  seedLockCounter,
  uniquePrefix,
  waitFor,
} from '../worker/test-support.js';

// `tsx apps/grader/src/bench/worker-bench.ts [--workers 2] [--single 10] [--batch 20] [--rounds 2]`:
// submit-to-result latency through Postgres, the queue and real worker processes, for the
// catalogue's lock/counter reference (a pass). A submission is timed as the API would
// see it: from just before its row is inserted and its job added, to the `finished` status
// message on the channel the API relays to the browser. Measured at 1 submission at a time
// (--single of them in a row) and at --batch submitted at once (--rounds times). Each worker
// grades one submission first: its one-time sandbox probe is start-up, not latency.
// Runs on a database and a queue prefix of its own, and removes them afterwards.

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    single: { type: 'string', default: '10' },
    batch: { type: 'string', default: '20' },
    rounds: { type: 'string', default: '2' },
  },
});
const workerCount = Number(values.workers);
const GRADER_DIR = fileURLToPath(new URL('../..', import.meta.url));

const database = await createTestDatabase();
const prefix = uniquePrefix();
const queue = createTestQueue(prefix);
const events = await listenToStatusEvents();
const workers: ChildProcess[] = [];

try {
  const userId = await seedLockCounter(database.db);
  const reference = await lockCounterFile('reference.py');
  for (let i = 0; i < workerCount; i += 1) workers.push(await startWorker(i));

  let serial = 0;
  /** Submits one solution and resolves with its latency once its result is published. */
  const timedSubmission = async (): Promise<number> => {
    const started = performance.now();
    const id = await createSubmission(
      database.db,
      userId,
      `${reference}\n# submission ${(serial += 1)}\n`,
    );
    await enqueueGrade(queue, id);
    const finished = await events.next(id, 'finished');
    const elapsed = performance.now() - started;
    const verdict = finished.result?.verdict;
    if (verdict !== 'pass') throw new Error(`the reference did not pass: ${String(verdict)}`);
    return elapsed;
  };

  // Warm-up: every worker probes its sandbox once.
  await Promise.all(workers.map(() => timedSubmission()));

  const single: number[] = [];
  for (let i = 0; i < Number(values.single); i += 1) single.push(await timedSubmission());

  const batch: number[] = [];
  const batchWall: number[] = [];
  for (let round = 0; round < Number(values.rounds); round += 1) {
    const started = performance.now();
    batch.push(
      ...(await Promise.all(Array.from({ length: Number(values.batch) }, timedSubmission))),
    );
    batchWall.push(performance.now() - started);
  }

  const row = (name: string, samples: number[]) =>
    `${name.padEnd(34)} n=${String(samples.length).padStart(3)}  median ${ms(percentile(samples, 50))}  p95 ${ms(percentile(samples, 95))}  max ${ms(Math.max(...samples))}`;
  process.stdout.write(
    [
      `submit-to-result latency, lock/counter reference, ${workerCount} worker process(es), concurrency 1 each`,
      row('1 at a time', single),
      row(`${values.batch} at once (x${values.rounds} rounds)`, batch),
      `${values.batch} at once, wall time per round: ${batchWall.map(ms).join(', ')}`,
      '',
    ].join('\n'),
  );
} finally {
  for (const worker of workers) worker.kill('SIGTERM');
  await Promise.all(
    workers.map((worker) =>
      worker.exitCode === null
        ? new Promise((resolve) => worker.once('exit', resolve))
        : Promise.resolve(),
    ),
  );
  await events.close();
  await queue.close();
  await deletePrefix(prefix);
  await database.drop();
}

/** A real worker process (`pnpm worker`), each with a sandbox uid of its own. */
async function startWorker(index: number): Promise<ChildProcess> {
  const log: string[] = [];
  const worker = spawn(process.execPath, ['--import', 'tsx', 'src/cli/worker.ts'], {
    cwd: GRADER_DIR,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: LOCAL_REDIS_URL,
      QUEUE_PREFIX: prefix,
      WORKER_ID: `bench-worker-${index}`,
      SANDBOX_UID: String(65534 - index),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  worker.stderr.setEncoding('utf8');
  worker.stderr.on('data', (text: string) => log.push(text));
  await waitFor('a worker to start', () => {
    if (worker.exitCode !== null) throw new Error(`worker exited:\n${log.join('')}`);
    return log.join('').includes('"worker started"') ? true : undefined;
  });
  return worker;
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? NaN;
}

function ms(value: number): string {
  return `${(value / 1000).toFixed(2)} s`.padStart(8);
}
