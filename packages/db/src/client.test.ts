import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './testing.js';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

describe('the database', () => {
  it('stores a user and a submission with its status history through the pg adapter', async () => {
    const { db } = test;
    await db.course.create({ data: { id: 'lecture-11', title: 'Параллелизм и Python' } });
    await db.section.create({
      data: { id: 'lock', courseId: 'lecture-11', position: 9, headings: ['Reentrant lock'] },
    });
    await db.exercise.create({
      data: {
        id: 'lock/counter',
        sectionId: 'lock',
        position: 0,
        kind: 'code',
        titleRu: 'Счётчик',
        titleEn: 'Counter',
        difficulty: 1,
        points: 10,
        statementRu: 'ру',
        statementEn: 'en',
        starter: 'class Counter: ...\n',
        hints: [],
        codeKb: 64,
      },
    });
    const user = await db.user.create({
      data: { email: 'ann@example.org', name: 'Ann', passwordHash: 'x' },
    });
    const submission = await db.submission.create({
      data: {
        userId: user.id,
        exerciseId: 'lock/counter',
        code: 'print(1)\n',
        events: { create: [{ status: 'queued' }] },
      },
      include: { events: true },
    });
    expect(submission.status).toBe('queued');
    expect(submission.events.map((event) => event.status)).toEqual(['queued']);
    await expect(
      db.user.create({ data: { email: 'ann@example.org', name: 'Ann 2', passwordHash: 'y' } }),
    ).rejects.toThrow(/Unique constraint/);
  });
});
