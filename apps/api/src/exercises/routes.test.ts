import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { apiError, exerciseDetail, sectionsResponse } from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type TestApi } from '../test-support.js';

let api: TestApi;

const EXERCISES = join(import.meta.dirname, '../../../../exercises');
// What a student is shown; every other file of an exercise folder is for the grader only.
const SHOWN_FILES = new Set([
  'exercise.json',
  'statement.ru.md',
  'statement.en.md',
  'starter.py',
  'starter.txt',
  'program.py',
]);

async function exerciseIds(): Promise<string[]> {
  const response = await api.app.inject({ method: 'GET', url: '/api/sections' });
  return sectionsResponse
    .parse(response.json())
    .sections.flatMap((s) => s.exercises.map((e) => e.id));
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api.close();
});

describe('GET /api/sections', () => {
  it('lists every synced exercise by section in lecture order, without standings when signed out', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/sections' });
    expect(response.statusCode).toBe(200);
    const body = sectionsResponse.parse(response.json());
    expect(body.course.id).toBe('lecture-11');
    expect(body.sections[0]?.id).toBe('threads-intro');
    const ids = body.sections.flatMap((section) =>
      section.exercises.map((exercise) => exercise.id),
    );
    expect(ids).toContain('lock/counter');
    expect(ids).toHaveLength(await api.db.exercise.count());
    expect(body.sections.flatMap((s) => s.exercises).every((e) => e.mine === null)).toBe(true);
    const lock = body.sections.find((section) => section.id === 'lock');
    expect(lock?.headings).toEqual(['Защита совместного доступа к ресурсам']);
  });

  it("shows a signed-in student their own standing and nobody else's", async () => {
    const ann = await signUp(api);
    const ben = await signUp(api);
    const passed = { verdict: 'pass', score: 1, status: 'finished' as const };
    await api.db.submission.createMany({
      data: [
        {
          userId: ann.user.id,
          exerciseId: 'lock/counter',
          code: 'x',
          verdict: 'fail',
          score: 0,
          status: 'finished',
        },
        { userId: ann.user.id, exerciseId: 'lock/counter', code: 'y', ...passed },
        { userId: ann.user.id, exerciseId: 'lock/counter', code: 'z', status: 'queued' },
        { userId: ben.user.id, exerciseId: 'rlock/inventory', code: 'w', ...passed },
      ],
    });
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/sections',
      headers: { cookie: ann.cookie },
    });
    const exercises = sectionsResponse.parse(response.json()).sections.flatMap((s) => s.exercises);
    expect(exercises.find((e) => e.id === 'lock/counter')?.mine).toEqual({
      attempts: 3,
      bestScore: 1,
      bestVerdict: 'pass',
      solved: true,
      lastStatus: 'queued',
    });
    expect(exercises.find((e) => e.id === 'rlock/inventory')?.mine).toEqual({
      attempts: 0,
      bestScore: null,
      bestVerdict: null,
      solved: false,
      lastStatus: null,
    });
  });

  it('leaves out withdrawn exercises', async () => {
    await api.db.exercise.update({ where: { id: 'gil/parallel-fetch' }, data: { active: false } });
    try {
      const response = await api.app.inject({ method: 'GET', url: '/api/sections' });
      const ids = sectionsResponse
        .parse(response.json())
        .sections.flatMap((s) => s.exercises.map((e) => e.id));
      expect(ids).not.toContain('gil/parallel-fetch');
      const detail = await api.app.inject({
        method: 'GET',
        url: '/api/exercises/gil/parallel-fetch',
      });
      expect(detail.statusCode).toBe(404);
    } finally {
      await api.db.exercise.update({ where: { id: 'gil/parallel-fetch' }, data: { active: true } });
    }
  });
});

describe('GET /api/exercises/:section/:slug', () => {
  it('returns the statement, starter, hints and limits of lock/counter', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/exercises/lock/counter' });
    expect(response.statusCode).toBe(200);
    const detail = exerciseDetail.parse(response.json());
    const dir = join(EXERCISES, 'lock/counter');
    expect(detail).toMatchObject({
      id: 'lock/counter',
      section: 'lock',
      kind: 'code',
      difficulty: 1,
      points: 10,
      codeKb: 64,
      title: { en: 'A counter under a lock' },
    });
    expect(detail.starter).toBe(await readFile(join(dir, 'starter.py'), 'utf8'));
    expect(detail.statement.en).toBe(await readFile(join(dir, 'statement.en.md'), 'utf8'));
    expect(detail.hints[0]?.lecture).toBe('Защита совместного доступа к ресурсам');
  });

  it('answers an unknown exercise with 404 exercise_not_found and a malformed id with 400', async () => {
    const unknown = await api.app.inject({ method: 'GET', url: '/api/exercises/lock/nope' });
    expect(unknown.statusCode).toBe(404);
    expect(apiError.parse(unknown.json()).error.code).toBe('exercise_not_found');
    const malformed = await api.app.inject({ method: 'GET', url: '/api/exercises/Lock/..%2F..' });
    expect(malformed.statusCode).toBe(400);
    expect(apiError.parse(malformed.json()).error.code).toBe('validation_failed');
  });
});

/**
 * Lines of a file that say something (not blank, not a lone keyword or bracket), which a
 * leak would copy: the reference's and the variants' distinctive code.
 */
function telltaleLines(text: string, except: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= 25 && !line.startsWith('#') && !except.includes(line));
}

describe('no answer ever reveals what only the grader may read', () => {
  it('holds for every exercise: no reference, variant, alternative or check in list or detail', async () => {
    const list = (await api.app.inject({ method: 'GET', url: '/api/sections' })).body;
    let checkedLines = 0;
    const ids = await exerciseIds();
    expect(ids.length).toBeGreaterThanOrEqual(24);
    for (const id of ids) {
      const response = await api.app.inject({ method: 'GET', url: `/api/exercises/${id}` });
      expect(response.statusCode).toBe(200);
      const detail = exerciseDetail.parse(response.json());
      // Lines the shown files legitimately share with the solutions (signatures, the
      // lecture's buggy line a hint quotes, the program of a possible-outputs exercise) are
      // not leaks. Taken from disk, not from the answer, so a leak cannot excuse itself.
      const dir = join(EXERCISES, id);
      const shown = (
        await Promise.all(
          [...SHOWN_FILES].map((name) => readFile(join(dir, name), 'utf8').catch(() => '')),
        )
      ).join('\n');
      expect(shown).toContain(detail.starter.trim());
      const secretFiles = (await filesUnder(dir)).filter(
        (file) => !SHOWN_FILES.has(relative(dir, file)) && !file.includes('__pycache__'),
      );
      expect(
        secretFiles.some((file) => /reference\.(py|txt)$/.test(file)),
        id,
      ).toBe(true);
      for (const file of secretFiles) {
        const text = await readFile(file, 'utf8');
        // The file as a whole never appears (reference.txt of a possible-outputs exercise
        // is the list of outputs, short lines all).
        expect(response.body, `${id}: ${file}`).not.toContain(
          JSON.stringify(text.trim()).slice(1, -1),
        );
        for (const line of telltaleLines(text, shown)) {
          const encoded = JSON.stringify(line).slice(1, -1);
          expect(response.body, `${id}: ${file}: ${line}`).not.toContain(encoded);
          expect(list, `${id}: ${file}: ${line}`).not.toContain(encoded);
          checkedLines += 1;
        }
      }
      // Nor a single field beyond the contract.
      expect(Object.keys(response.json<object>()).sort()).toEqual(
        Object.keys(exerciseDetail.shape).sort(),
      );
    }
    // The scan must have had something to look for.
    expect(checkedLines).toBeGreaterThan(200);
  });
});
