import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ExercisesRootNotFoundError } from './errors.js';
import { resolveExercisesRoot } from './exercises-root.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'exercises-root-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('resolveExercisesRoot', () => {
  it('prefers an explicit root', () => {
    expect(resolveExercisesRoot({ root: scratch, env: { EXERCISES_DIR: '/nowhere' } })).toBe(
      scratch,
    );
  });

  it('reads EXERCISES_DIR, relative to the working directory', () => {
    expect(resolveExercisesRoot({ env: { EXERCISES_DIR: relative(process.cwd(), scratch) } })).toBe(
      scratch,
    );
  });

  it('fails clearly when the configured folder does not exist', () => {
    expect(() =>
      resolveExercisesRoot({ env: { EXERCISES_DIR: join(scratch, 'missing') } }),
    ).toThrow(ExercisesRootNotFoundError);
  });

  it('falls back to exercises/ at the workspace root above the package', async () => {
    await writeFile(join(scratch, 'pnpm-workspace.yaml'), 'packages: []\n');
    await mkdir(join(scratch, 'exercises'));
    const packageDist = join(scratch, 'packages/exercises/dist');
    await mkdir(packageDist, { recursive: true });

    expect(resolveExercisesRoot({ env: {}, searchFrom: packageDist })).toBe(
      join(scratch, 'exercises'),
    );
  });

  it('fails clearly when the workspace root has no exercises/ folder', async () => {
    await writeFile(join(scratch, 'pnpm-workspace.yaml'), 'packages: []\n');
    expect(() => resolveExercisesRoot({ env: {}, searchFrom: scratch })).toThrow(
      ExercisesRootNotFoundError,
    );
  });
});
