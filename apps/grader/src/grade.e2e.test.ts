import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { GradeResult, ProgressMessage } from '@threadlab/contracts';
import { writeExerciseFixture } from '@threadlab/exercises/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type GraderConfig } from './config.js';
import { gradeFile, gradeSubmission } from './grade.js';

// End to end: the grader, the sandbox and the real threadcheck (packages/threadcheck), on a
// small exercise of this file's own, so what is tested here is the grader's side of the
// protocol, not the catalogue. The last test grades the catalogue's lock/counter as
// scripts/up.sh does.

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));

const CHECKS = `
import threadcheck as tc


@tc.scenario("two threads increment once each")
def two_threads(sol):
    counter = sol.Counter()
    tc.join(tc.spawn(counter.increment, name="T1"), tc.spawn(counter.increment, name="T2"))
    tc.expect(counter.value == 2, f"value is {counter.value}, expected 2: an update was lost")
`;

const REFERENCE = `
import threading


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def increment(self):
        with self._lock:
            self.value = self.value + 1
`;

const NO_LOCK = `
class Counter:
    def __init__(self):
        self.value = 0

    def increment(self):
        self.value = self.value + 1
`;

let exercises: string;
let config: GraderConfig;

beforeAll(async () => {
  exercises = await mkdtemp(join(tmpdir(), 'grade-e2e-'));
  await writeExerciseFixture(exercises, 'lock/counter', {
    manifest: { limits: { wallTimeMs: 8000, cpuTimeS: 8, outputKb: 16 } },
    files: { 'checks.py': CHECKS, 'reference.py': REFERENCE, 'variants/broken.py': NO_LOCK },
  });
  config = loadConfig({ ...process.env, EXERCISES_DIR: exercises });
});
afterAll(async () => {
  await rm(exercises, { recursive: true, force: true });
});

function grade(
  code: string,
  options: { seed?: number; replay?: string; onProgress?: (p: ProgressMessage) => void } = {},
) {
  return gradeSubmission({ exerciseId: 'lock/counter', code, config, ...options });
}

/** The parts of a result that a seed must reproduce (timings may differ). */
function reproducible(result: GradeResult) {
  return {
    verdict: result.verdict,
    failures: result.failures,
    checks: result.checks,
    schedules: result.stats.schedules,
  };
}

describe('grading with threadcheck', { timeout: 30_000 }, () => {
  it('passes the reference solution and reports the seed it used', async () => {
    const result = await grade(REFERENCE);
    expect(result).toMatchObject({
      version: 1,
      exercise: 'lock/counter',
      verdict: 'pass',
      score: 1,
      failures: [],
    });
    expect(result.stats.seed).toEqual(expect.any(Number));
    expect(result.stats.schedules).toBeGreaterThan(0);
  });

  it('fails the unlocked counter with a race, a trace and a replay token that reproduces it', async () => {
    const progress: ProgressMessage[] = [];
    const result = await grade(NO_LOCK, { seed: 7, onProgress: (p) => progress.push(p) });
    expect(result.verdict).toBe('fail');
    expect(result.stats.seed).toBe(7);
    const [failure] = result.failures;
    expect(failure).toMatchObject({ check: 'two threads increment once each', kind: 'race' });
    expect(failure?.trace?.length).toBeGreaterThan(0);
    expect(failure?.explanation?.lecture).toBe('Защита совместного доступа к ресурсам');
    expect(progress.every((p) => p.type === 'progress')).toBe(true);

    const replayed = await grade(NO_LOCK, { replay: failure?.schedule });
    expect(replayed.verdict).toBe('fail');
    expect(replayed.failures[0]).toMatchObject({
      check: failure?.check,
      kind: 'race',
      trace: failure?.trace,
    });
  });

  it('reports a deprecated lecture name as data, without failing for it', async () => {
    const result = await grade(
      REFERENCE.replace('with self._lock:', 'threading.currentThread()\n        with self._lock:'),
    );
    expect(result.verdict).toBe('pass');
    expect(result.deprecated).toEqual([{ name: 'currentThread', line: 11 }]);
  });

  it('grades a possible-outputs answer against every output of the program', async () => {
    // A root of its own: the validation test below validates every exercise of `exercises`.
    const root = await mkdtemp(join(tmpdir(), 'grade-e2e-outputs-'));
    await writeExerciseFixture(root, 'threads-intro/ping-pong', {
      manifest: {
        kind: 'possible-outputs',
        variants: [{ file: 'variants/one.txt', expect: 'assertion', description: 'one order' }],
      },
      files: {
        'program.py':
          'import threading\nt = threading.Thread(target=print, args=("ping",))\nt.start()\nprint("pong")\nt.join()\n',
        'variants/broken.py': null,
        'variants/one.txt': 'ping pong\n',
      },
    });
    const outputsConfig = loadConfig({ ...process.env, EXERCISES_DIR: root });
    const answer = (text: string) =>
      gradeSubmission({ exerciseId: 'threads-intro/ping-pong', code: text, config: outputsConfig });
    try {
      expect((await answer('pong ping\nping pong\n')).verdict).toBe('pass');
      const partial = await answer('ping pong\n');
      expect(partial).toMatchObject({ verdict: 'fail', score: 0.5 });
      expect(partial.failures[0]?.message).toMatch(/^`pong ping` can be printed too/);
      expect(partial.failures[0]?.trace?.some((event) => event.op === 'print')).toBe(true);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('reproduces a run from its seed', async () => {
    const first = await grade(NO_LOCK, { seed: 12345 });
    const second = await grade(NO_LOCK, { seed: 12345 });
    expect(reproducible(second)).toEqual(reproducible(first));
  });

  it('grades a syntax error as a syntax failure', async () => {
    const result = await grade('class Counter(:\n');
    expect(result.verdict).toBe('fail');
    expect(result.failures[0]?.kind).toBe('syntax');
  });

  it('grades several submissions at once', async () => {
    const results = await Promise.all([grade(REFERENCE), grade(NO_LOCK), grade(REFERENCE)]);
    expect(results.map((result) => result.verdict)).toEqual(['pass', 'fail', 'pass']);
  });

  it('reads a solution file (gradeFile)', async () => {
    const path = join(exercises, 'solution.py');
    await writeFile(path, REFERENCE);
    expect((await gradeFile('lock/counter', path, { config })).verdict).toBe('pass');
  });
});

describe('a hostile submission cannot pass', { timeout: 30_000 }, () => {
  it.each([
    [
      'prints a passing result and exits 0',
      `print('{"verdict": "pass", "score": 1}')\nraise SystemExit(0)\n${REFERENCE}`,
    ],
    [
      'writes a forged result to fd 3',
      `import os\nos.write(3, b"0" * 64 + b' {"type":"result"}\\n')\n${REFERENCE}`,
    ],
    ['exits the process at import', `import os\nos._exit(0)\n${REFERENCE}`],
    ['loops forever at import', `while True:\n    pass\n${REFERENCE}`],
    ['floods stdout', `while True:\n    print("x" * 1000)\n${REFERENCE}`],
  ])('%s', async (_, code) => {
    const result = await grade(code);
    expect(result.verdict).toBe('fail');
    expect(result.failures.length).toBeGreaterThan(0);
  });

  it('a submission looping forever is stopped by a limit', async () => {
    const result = await grade(`while True:\n    pass\n${REFERENCE}`);
    expect(['timeout', 'livelock']).toContain(result.failures[0]?.kind);
  });

  it('a submission flooding stdout fails as a resource failure', async () => {
    const result = await grade(`while True:\n    print("x" * 1000)\n${REFERENCE}`);
    expect(result.failures[0]?.kind).toBe('resource');
  });
});

describe('pnpm exercises:validate', () => {
  async function validate(root: string): Promise<{ code: number; stdout: string }> {
    try {
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'apps/grader/src/cli/validate.ts', '--runs', '2'],
        { cwd: REPO_ROOT, env: { ...process.env, EXERCISES_DIR: root } },
      );
      return { code: 0, stdout };
    } catch (error) {
      return error as { code: number; stdout: string };
    }
  }

  it('holds for a sound exercise and reports a variant rejected with the wrong kind', async () => {
    const sound = await validate(exercises);
    expect(sound.code).toBe(0);
    expect(sound.stdout).toContain('every promise holds');

    const wrong = await mkdtemp(join(tmpdir(), 'validate-e2e-'));
    try {
      await writeExerciseFixture(wrong, 'lock/counter', {
        manifest: {
          variants: [{ file: 'variants/broken.py', expect: 'deadlock', description: 'no lock' }],
        },
        files: { 'checks.py': CHECKS, 'reference.py': REFERENCE, 'variants/broken.py': NO_LOCK },
      });
      const run = await validate(wrong);
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(
        /FAIL lock\/counter variants\/broken\.py: expected a deadlock failure, got race/,
      );
    } finally {
      await rm(wrong, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('pnpm grade on the catalogue', () => {
  it('passes the reference solution of lock/counter (scripts/up.sh)', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--import',
        'tsx',
        'apps/grader/src/cli/grade.ts',
        'lock/counter',
        'exercises/lock/counter/reference.py',
      ],
      { cwd: REPO_ROOT, env: { ...process.env, EXERCISES_DIR: '', NO_COLOR: '1' } },
    );
    expect(stdout).toMatch(/^PASS lock\/counter: /);
  }, 30_000);
});
