// `pnpm bench:platform [--workers 2] [--single 10] [--burst 20] [--seconds 5]`: the whole
// platform on this machine (API, grader workers, Postgres, Redis), measured from outside as
// a browser would use it:
//   - submit-to-result latency of the lock/counter reference: one submission at a time
//     (--single of them), then --burst submitted at once; median and p95;
//   - requests per second of the exercise list (GET /api/sections) with 20 clients.
// Needs the built workspace (`pnpm build`). Targets (issue 4): median < 1.5 s at 1,
// p95 < 10 s at 20 with two workers.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startStack } from '../stack.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const { values } = parseArgs({
  options: {
    workers: { type: 'string', default: '2' },
    single: { type: 'string', default: '10' },
    burst: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '5' },
  },
});

class Client {
  private cookie = '';
  constructor(private readonly base: string) {}

  async call(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<{ status: number; json: unknown }> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? '';
    const text = await response.text();
    return { status: response.status, json: text ? (JSON.parse(text) as unknown) : undefined };
  }
}

async function signedInClient(base: string, name: string): Promise<Client> {
  const client = new Client(base);
  const { status } = await client.call('POST', '/api/auth/sign-up', {
    email: `${name}@bench.example.org`,
    name,
    password: 'bench-password-1',
  });
  if (status >= 300) throw new Error(`sign-up failed: ${status}`);
  return client;
}

/** Submits and waits for the result; returns the latency in ms (polls every 20 ms). */
async function submitAndWait(client: Client, code: string): Promise<number> {
  const started = performance.now();
  const submitted = await client.call('POST', '/api/submissions', {
    exerciseId: 'lock/counter',
    code,
  });
  if (submitted.status !== 202)
    throw new Error(`submit failed: ${submitted.status} ${JSON.stringify(submitted.json)}`);
  const id = (submitted.json as { submission: { id: string } }).submission.id;
  for (;;) {
    const { json } = await client.call('GET', `/api/submissions/${id}`);
    const submission = (json as { submission: { status: string; verdict?: string } }).submission;
    if (submission.status === 'finished' || submission.status === 'error') {
      if (submission.verdict !== 'pass')
        throw new Error(`the reference did not pass: ${JSON.stringify(submission)}`);
      return performance.now() - started;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 20));
  }
}

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

function summary(label: string, samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  return `${label}: median ${s(percentile(sorted, 50))}, p95 ${s(percentile(sorted, 95))}, max ${s(sorted.at(-1) ?? Number.NaN)} (n=${samples.length})`;
}

async function main(): Promise<void> {
  const workers = Number(values.workers);
  const reference = await readFile(join(REPO_ROOT, 'exercises/lock/counter/reference.py'), 'utf8');
  const stack = await startStack({ workers, env: { MAX_PENDING_SUBMISSIONS: '0' } });
  try {
    console.log(`platform bench: ${workers} worker process(es), API ${stack.apiUrl}`);
    const student = await signedInClient(stack.apiUrl, 'solo');
    await submitAndWait(student, reference); // warm-up: caches, first sandbox probe

    const single: number[] = [];
    for (let i = 0; i < Number(values.single); i += 1)
      single.push(await submitAndWait(student, reference));
    console.log(summary('submit-to-result, 1 at a time', single));

    const burstSize = Number(values.burst);
    const clients = await Promise.all(
      Array.from({ length: burstSize }, (_, i) => signedInClient(stack.apiUrl, `burst${i}`)),
    );
    const burst = await Promise.all(clients.map((client) => submitAndWait(client, reference)));
    console.log(summary(`submit-to-result, ${burstSize} at once`, burst));

    const reader = clients[0] ?? student;
    const deadline = performance.now() + Number(values.seconds) * 1000;
    let requests = 0;
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (performance.now() < deadline) {
          const { status } = await reader.call('GET', '/api/sections');
          if (status !== 200) throw new Error(`GET /api/sections: ${status}`);
          requests += 1;
        }
      }),
    );
    console.log(
      `exercise list (GET /api/sections, 20 clients): ${Math.round(requests / Number(values.seconds))} requests/s`,
    );
  } finally {
    await stack.stop();
  }
}

await main();
