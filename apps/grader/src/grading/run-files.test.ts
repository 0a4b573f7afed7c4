import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policy, policyFromManifest } from '@threadlab/contracts';
import { loadExercise } from '@threadlab/exercises';
import { writeExerciseFixture } from '@threadlab/exercises/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runFiles } from './run-files.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'grader-run-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runFiles', () => {
  it('holds the solution, the checks and the policy, never the reference or the variants', async () => {
    await writeExerciseFixture(root, 'lock/counter', {
      manifest: { forbiddenNames: ['threading.Barrier'], limits: { outputKb: 8 } },
      files: {
        'checks.py': 'import threadcheck as tc\n',
        'reference.py': 'SECRET\n',
        'variants/broken.py': 'SECRET\n',
      },
    });
    const exercise = await loadExercise('lock/counter', { root });

    const files = await runFiles(exercise, 'class Counter: ...\n');

    expect(Object.keys(files).sort()).toEqual(['checks.py', 'policy.json', 'solution.py']);
    expect(files['solution.py']).toBe('class Counter: ...\n');
    expect(files['checks.py']).toBe('import threadcheck as tc\n');
    expect(Object.values(files).join('')).not.toContain('SECRET');
    const written: unknown = JSON.parse(files['policy.json'] ?? '');
    expect(policy.parse(written)).toEqual(policyFromManifest(exercise.manifest));
    expect(written).toMatchObject({
      exercise: 'lock/counter',
      forbiddenNames: ['threading.Barrier'],
      outputLimitBytes: 8192,
    });
  });

  it('holds the answer and the program of a possible-outputs exercise, never the reference answer', async () => {
    await writeExerciseFixture(root, 'threads-intro/who-first', {
      manifest: {
        kind: 'possible-outputs',
        variants: [{ file: 'variants/one.txt', expect: 'assertion', description: 'one order' }],
      },
      files: {
        'program.py': 'print("A")\n',
        'reference.txt': 'SECRET\n',
        'variants/broken.py': null,
        'variants/one.txt': 'SECRET\n',
      },
    });
    const exercise = await loadExercise('threads-intro/who-first', { root });

    const files = await runFiles(exercise, 'A\n');

    expect(Object.keys(files).sort()).toEqual(['answer.txt', 'policy.json', 'program.py']);
    expect(files['answer.txt']).toBe('A\n');
    expect(files['program.py']).toBe('print("A")\n');
    expect(Object.values(files).join('')).not.toContain('SECRET');
  });
});
