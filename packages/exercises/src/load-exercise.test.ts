import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidManifestError, MissingExerciseFilesError, UnknownExerciseError } from './errors.js';
import { loadExercise } from './load-exercise.js';
import { writeExerciseFixture } from './testing.js';

let root: string;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'exercises-load-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('loadExercise', () => {
  it('loads a complete exercise with defaults filled in and absolute paths', async () => {
    const dir = await writeExerciseFixture(root, 'lock/counter');

    const exercise = await loadExercise('lock/counter', { root });

    expect(exercise.dir).toBe(dir);
    expect(exercise.manifest.id).toBe('lock/counter');
    expect(exercise.manifest.limits.wallTimeMs).toBe(20_000);
    expect(exercise.manifest.kind).toBe('code');
    expect(exercise.paths).toEqual({
      checks: join(dir, 'checks.py'),
      reference: join(dir, 'reference.py'),
      starter: join(dir, 'starter.py'),
      statementRu: join(dir, 'statement.ru.md'),
      statementEn: join(dir, 'statement.en.md'),
    });
    expect(exercise.variants).toEqual([
      {
        file: 'variants/broken.py',
        path: join(dir, 'variants/broken.py'),
        expect: 'race',
        description: 'no lock',
      },
    ]);
  });

  it('expects program.py and text answers in a possible-outputs exercise', async () => {
    const dir = await writeExerciseFixture(root, 'threads-intro/who-first', {
      manifest: {
        kind: 'possible-outputs',
        variants: [{ file: 'variants/order.txt', expect: 'assertion', description: 'one order' }],
      },
      files: { 'variants/broken.py': null, 'variants/order.txt': 'A\n', 'program.py': null },
    });
    const error = await loadExercise('threads-intro/who-first', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingExerciseFilesError);
    expect((error as MissingExerciseFilesError).missing).toEqual([join(dir, 'program.py')]);

    await writeFile(join(dir, 'program.py'), 'print("A")\n');
    const exercise = await loadExercise('threads-intro/who-first', { root });
    expect(exercise.paths).toEqual({
      program: join(dir, 'program.py'),
      reference: join(dir, 'reference.txt'),
      starter: join(dir, 'starter.txt'),
      statementRu: join(dir, 'statement.ru.md'),
      statementEn: join(dir, 'statement.en.md'),
    });
  });

  it('reads EXERCISES_DIR when no root is given', async () => {
    await writeExerciseFixture(root, 'lock/counter');
    const exercise = await loadExercise('lock/counter', { env: { EXERCISES_DIR: root } });
    expect(exercise.manifest.id).toBe('lock/counter');
  });

  it('rejects an id without a folder as unknown', async () => {
    await expect(loadExercise('lock/nothing', { root })).rejects.toBeInstanceOf(
      UnknownExerciseError,
    );
  });

  it('rejects ids that could step out of the exercises folder', async () => {
    await writeExerciseFixture(root, 'lock/counter');
    for (const id of [
      '../lock/counter',
      'lock/../lock/counter',
      'lock',
      '/etc/passwd',
      'Lock/Counter',
    ]) {
      await expect(loadExercise(id, { root })).rejects.toBeInstanceOf(UnknownExerciseError);
    }
  });

  it('reports a manifest that is not JSON with its path', async () => {
    const dir = await writeExerciseFixture(root, 'lock/counter', {
      files: { 'exercise.json': '{ nope' },
    });
    const error = await loadExercise('lock/counter', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidManifestError);
    expect((error as InvalidManifestError).file).toBe(join(dir, 'exercise.json'));
    expect((error as InvalidManifestError).issues).toEqual([]);
  });

  it('reports schema issues, e.g. a misspelt key', async () => {
    await writeExerciseFixture(root, 'lock/counter', { manifest: { forbidenNames: [] } as object });
    const error = await loadExercise('lock/counter', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidManifestError);
    expect((error as InvalidManifestError).issues.length).toBeGreaterThan(0);
    expect((error as Error).message).toMatch(/forbidenNames/);
  });

  it('rejects a manifest whose id names another folder', async () => {
    await writeExerciseFixture(root, 'lock/counter', { manifest: { id: 'lock/other' } });
    const error = await loadExercise('lock/counter', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidManifestError);
    expect((error as InvalidManifestError).issues[0]?.path).toEqual(['id']);
  });

  it('lists every missing fixed file and variant at once', async () => {
    const dir = await writeExerciseFixture(root, 'lock/counter', {
      files: { 'checks.py': null, 'statement.en.md': null, 'variants/broken.py': null },
    });
    const error = await loadExercise('lock/counter', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingExerciseFilesError);
    expect((error as MissingExerciseFilesError).missing).toEqual([
      join(dir, 'checks.py'),
      join(dir, 'statement.en.md'),
      join(dir, 'variants/broken.py'),
    ]);
  });

  it('lists a missing alternative solution like a missing variant', async () => {
    const dir = await writeExerciseFixture(root, 'lock/counter', {
      manifest: { alternatives: [{ file: 'alternatives/rlock.py', description: 'an RLock' }] },
    });
    const error = await loadExercise('lock/counter', { root }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MissingExerciseFilesError);
    expect((error as MissingExerciseFilesError).missing).toEqual([
      join(dir, 'alternatives/rlock.py'),
    ]);
  });

  it('treats a directory where a file should be as missing', async () => {
    const dir = await writeExerciseFixture(root, 'lock/counter', { files: { 'starter.py': null } });
    await mkdir(join(dir, 'starter.py'));
    await expect(loadExercise('lock/counter', { root })).rejects.toBeInstanceOf(
      MissingExerciseFilesError,
    );
  });

  it('rejects a folder whose exercise.json is a directory as unknown', async () => {
    await mkdir(join(root, 'lock/counter/exercise.json'), { recursive: true });
    await writeFile(join(root, 'lock/counter/checks.py'), '');
    await expect(loadExercise('lock/counter', { root })).rejects.toBeInstanceOf(
      UnknownExerciseError,
    );
  });
});
