import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { writeExerciseFixture } from '@threadlab/exercises/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The CLI as users run it (a separate process, through tsx), for the cases that end before
// any sandbox starts: every one is "could not grade", exit status 2.

const GRADER_DIR = fileURLToPath(new URL('../..', import.meta.url));
const CLI = fileURLToPath(new URL('./grade.ts', import.meta.url));

let exercises: string;

beforeAll(async () => {
  exercises = await mkdtemp(join(tmpdir(), 'grade-cli-'));
  await writeExerciseFixture(exercises, 'lock/counter', { manifest: { limits: { codeKb: 1 } } });
  await writeFile(join(exercises, 'latin1.py'), Buffer.from('print("caf\xe9")\n', 'latin1'));
  await writeFile(join(exercises, 'big.py'), `# ${'x'.repeat(2048)}\n`);
});
afterAll(async () => {
  await rm(exercises, { recursive: true, force: true });
});

async function grade(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', CLI, ...args],
      {
        cwd: GRADER_DIR,
        env: { ...process.env, EXERCISES_DIR: exercises, NO_COLOR: '1' },
      },
    );
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** Exit 2, nothing on stdout, exactly one line on stderr matching `message`. */
function expectCouldNotGrade(
  run: { code: number; stdout: string; stderr: string },
  message: RegExp,
): void {
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).toMatch(message);
}

describe('pnpm grade: could not grade (exit 2)', { timeout: 20_000 }, () => {
  it('an unknown exercise', async () => {
    expectCouldNotGrade(
      await grade('lock/nothing', join(exercises, 'big.py')),
      /^grade: unknown exercise "lock\/nothing"/,
    );
  });

  it('a missing solution file', async () => {
    expectCouldNotGrade(
      await grade('lock/counter', join(exercises, 'missing.py')),
      /cannot read .*missing\.py: no such file/,
    );
  });

  it('a solution that is not UTF-8', async () => {
    expectCouldNotGrade(
      await grade('lock/counter', join(exercises, 'latin1.py')),
      /latin1\.py is not UTF-8 text/,
    );
  });

  it('a solution larger than the exercise accepts', async () => {
    expectCouldNotGrade(
      await grade('lock/counter', join(exercises, 'big.py')),
      /accepts at most 1 KB/,
    );
  });

  it('with --json, still exactly one JSON object on stdout: verdict "error" with the reason', async () => {
    const run = await grade('lock/nothing', 'x.py', '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^grade: unknown exercise/);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stdout)).toMatchObject({
      version: 1,
      exercise: 'lock/nothing',
      verdict: 'error',
      failures: [],
      notes: [expect.stringMatching(/unknown exercise/)],
    });
  });

  it.each([
    [[], /expected an exercise id and a solution path/],
    [['lock/counter'], /expected an exercise id and a solution path/],
    [['lock/counter', 'a.py', '--seed', 'soon'], /--seed takes a whole number/],
    [['lock/counter', 'a.py', '--colour'], /Unknown option '--colour'/],
  ])('bad arguments %j, with the usage on the same line', async (args, message) => {
    const run = await grade(...args);
    expectCouldNotGrade(run, message);
    expect(run.stderr).toContain('; usage: pnpm grade <exercise-id> <path/to/solution.py>');
  });
});

describe('pnpm grade --help', () => {
  it('prints the usage and exits 0', async () => {
    const run = await grade('--help');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^usage: pnpm grade/);
  });
});
