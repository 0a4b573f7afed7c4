import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listExercises } from './list-exercises.js';
import { writeExerciseFixture } from './testing.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'exercises-list-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listExercises', () => {
  it('lists folders with a manifest in lecture order, then by slug', async () => {
    await writeExerciseFixture(root, 'classic/rw-lock');
    await writeExerciseFixture(root, 'lock/non-blocking');
    await writeExerciseFixture(root, 'lock/counter');
    await writeExerciseFixture(root, 'threads-intro/outputs');

    expect(await listExercises({ root })).toEqual([
      'threads-intro/outputs',
      'lock/counter',
      'lock/non-blocking',
      'classic/rw-lock',
    ]);
  });

  it('skips folders without exercise.json and hidden folders, keeps broken manifests', async () => {
    await mkdir(join(root, 'lock/draft'), { recursive: true });
    await writeFile(join(root, 'lock/draft/notes.md'), 'todo');
    await mkdir(join(root, '.cache/x'), { recursive: true });
    await writeFile(join(root, '.cache/x/exercise.json'), '{}');
    await writeExerciseFixture(root, 'lock/counter', { files: { 'exercise.json': 'broken' } });

    expect(await listExercises({ root })).toEqual(['lock/counter']);
  });

  it('puts folders of unknown sections last', async () => {
    await writeExerciseFixture(root, 'zzz/odd');
    await writeExerciseFixture(root, 'classic/bank-transfer');
    expect(await listExercises({ root })).toEqual(['classic/bank-transfer', 'zzz/odd']);
  });
});
