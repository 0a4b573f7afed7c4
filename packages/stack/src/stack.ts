import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';

// The platform as it runs in production, from the built workspace (`pnpm build`): the API
// (apps/api/dist/main.js), grader workers (apps/grader/dist/cli/worker.js) and the web
// pages (`next start`), each a real process, on free ports, with a database of their own
// and a queue prefix of their own on the shared Redis. For end-to-end tests and benchmarks.

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

export interface StackOptions {
  /** Grader worker processes; each gets its own sandbox uid (NPROC is per uid). */
  workers?: number;
  /** Start the Next.js pages too (the browser test needs them, the API benchmark not). */
  web?: boolean;
  /** Extra environment for every process. */
  env?: Record<string, string>;
  /** Where the processes' output goes; by default it is kept and shown only on failure. */
  log?: (line: string) => void;
}

export interface Stack {
  apiUrl: string;
  webUrl: string | undefined;
  database: TestDatabase;
  queuePrefix: string;
  /** The processes' recent output, for a failing test's message. */
  output(): string;
  stop(): Promise<void>;
}

interface Service {
  name: string;
  child: ChildProcess;
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const database = await createTestDatabase();
  const queuePrefix = `stack-${randomBytes(4).toString('hex')}`;
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const recent: string[] = [];
  const services: Service[] = [];
  const record = (name: string, chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (line.trim() === '') continue;
      recent.push(`[${name}] ${line}`);
      if (recent.length > 400) recent.shift();
      options.log?.(`[${name}] ${line}`);
    }
  };
  const common = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    LOG_LEVEL: 'warn',
    ...options.env,
  };
  const start = (
    name: string,
    command: string[],
    env: Record<string, string | undefined>,
    cwd = REPO_ROOT,
  ) => {
    const [file, ...args] = command;
    const child = spawn(file ?? 'node', args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => record(name, chunk));
    child.stderr?.on('data', (chunk: Buffer) => record(name, chunk));
    services.push({ name, child });
    return child;
  };
  const stop = async () => {
    await Promise.all(services.map(({ child }) => terminate(child)));
    await database.drop();
  };

  try {
    const apiPort = await freePort();
    const apiUrl = `http://127.0.0.1:${apiPort}`;
    start('api', [process.execPath, 'apps/api/dist/main.js'], {
      ...common,
      HOST: '127.0.0.1',
      PORT: String(apiPort),
    });
    await waitFor(`${apiUrl}/api/health`, services, recent);

    for (let index = 0; index < (options.workers ?? 1); index += 1) {
      start(`worker-${index + 1}`, [process.execPath, 'apps/grader/dist/cli/worker.js'], {
        ...common,
        WORKER_ID: `stack-worker-${index + 1}`,
        // One sandbox uid per worker process: RLIMIT_NPROC counts per uid.
        SANDBOX_UID: String(65534 - index),
      });
    }

    let webUrl: string | undefined;
    if (options.web) {
      const webPort = await freePort();
      webUrl = `http://127.0.0.1:${webPort}`;
      const next = join(REPO_ROOT, 'apps/web/node_modules/next/dist/bin/next');
      start(
        'web',
        [process.execPath, next, 'start', '-p', String(webPort), '-H', '127.0.0.1'],
        { ...common, API_URL: apiUrl, NEXT_TELEMETRY_DISABLED: '1' },
        join(REPO_ROOT, 'apps/web'),
      );
      await waitFor(webUrl, services, recent);
    }

    return { apiUrl, webUrl, database, queuePrefix, output: () => recent.join('\n'), stop };
  } catch (error) {
    await stop();
    throw new Error(`the stack did not start: ${(error as Error).message}\n${recent.join('\n')}`);
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolvePort(address.port);
        else reject(new Error('no port'));
      });
    });
  });
}

/** Polls `url` until it answers 2xx, a service exits, or 60 s pass. */
async function waitFor(url: string, services: Service[], recent: string[]): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const dead = services.find(({ child }) => child.exitCode !== null || child.signalCode !== null);
    if (dead)
      throw new Error(`${dead.name} exited (${dead.child.exitCode ?? dead.child.signalCode})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200));
  }
  throw new Error(
    `${url} did not answer within 60 s; last output:\n${recent.slice(-20).join('\n')}`,
  );
}

/** SIGTERM to the process group (a worker's sandboxes too), SIGKILL after 10 s. */
async function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }, 10_000);
  await exited;
  clearTimeout(timer);
}
