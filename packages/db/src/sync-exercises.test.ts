import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeExerciseFixture } from '@threadlab/exercises/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COURSE_ID, syncExercises } from './sync-exercises.js';
import { createTestDatabase, type TestDatabase } from './testing.js';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

const REPO_EXERCISES = join(import.meta.dirname, '../../../exercises');

describe('syncExercises on the real exercises/', () => {
  it('writes the course, every section in lecture order and every exercise, twice alike', async () => {
    const first = await syncExercises(test.db, { root: REPO_EXERCISES });
    expect(first.failed).toEqual([]);
    expect(first.synced).toContain('lock/counter');
    const second = await syncExercises(test.db, { root: REPO_EXERCISES });
    expect(second).toEqual({ ...first, deactivated: [] });

    const course = await test.db.course.findUniqueOrThrow({
      where: { id: COURSE_ID },
      include: { sections: { orderBy: { position: 'asc' } } },
    });
    expect(course.sections[0]?.id).toBe('threads-intro');
    expect(course.sections.find((s) => s.id === 'lock')?.headings).toEqual([
      'Защита совместного доступа к ресурсам',
    ]);
    expect(await test.db.exercise.count()).toBe(first.synced.length);

    const counter = await test.db.exercise.findUniqueOrThrow({ where: { id: 'lock/counter' } });
    const dir = join(REPO_EXERCISES, 'lock/counter');
    expect(counter.starter).toBe(await readFile(join(dir, 'starter.py'), 'utf8'));
    expect(counter.statementRu).toBe(await readFile(join(dir, 'statement.ru.md'), 'utf8'));
    expect(counter.hints).toHaveLength(3);
    expect(counter.codeKb).toBe(64);
    expect(counter.active).toBe(true);
    // The reference never reaches the database.
    const reference = await readFile(join(dir, 'reference.py'), 'utf8');
    expect(JSON.stringify(counter)).not.toContain(reference.trim());
  });

  it('takes the starter of a possible-outputs exercise from starter.txt', async () => {
    const row = await test.db.exercise.findUniqueOrThrow({
      where: { id: 'threads-intro/lost-update' },
    });
    const dir = join(REPO_EXERCISES, 'threads-intro/lost-update');
    expect(row.kind).toBe('possible-outputs');
    expect(row.starter).toBe(await readFile(join(dir, 'starter.txt'), 'utf8'));
  });
});

describe('syncExercises on a changing folder', () => {
  it('updates changed exercises, deactivates removed or broken ones and reports why', async () => {
    const { db } = await createTestDatabase().then((t) => {
      cleanups.push(() => t.drop());
      return t;
    });
    const root = await mkdtemp(join(tmpdir(), 'sync-exercises-'));
    cleanups.push(() => rm(root, { recursive: true, force: true }));
    await writeExerciseFixture(root, 'lock/a', { manifest: { points: 5 } });
    await writeExerciseFixture(root, 'lock/b', {
      manifest: { limits: { codeKb: 2 } },
    });
    await writeExerciseFixture(root, 'condition/c');

    const first = await syncExercises(db, { root });
    expect(first).toEqual({
      synced: ['lock/a', 'lock/b', 'condition/c'],
      deactivated: [],
      failed: [],
    });
    expect((await db.exercise.findUniqueOrThrow({ where: { id: 'lock/b' } })).codeKb).toBe(2);
    expect(
      (
        await db.exercise.findMany({ where: { sectionId: 'lock' }, orderBy: { position: 'asc' } })
      ).map((e) => e.id),
    ).toEqual(['lock/a', 'lock/b']);

    await writeExerciseFixture(root, 'lock/a', { manifest: { points: 7 } });
    await rm(join(root, 'lock/b'), { recursive: true });
    await writeFile(join(root, 'condition/c/exercise.json'), '{ not json');

    const second = await syncExercises(db, { root });
    expect(second.synced).toEqual(['lock/a']);
    expect(second.deactivated.sort()).toEqual(['condition/c', 'lock/b']);
    expect(second.failed.map((f) => f.id)).toEqual(['condition/c']);
    const rows = await db.exercise.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.id, r.active, r.points])).toEqual([
      ['condition/c', false, 10],
      ['lock/a', true, 7],
      ['lock/b', false, 10],
    ]);
  });
});

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});
