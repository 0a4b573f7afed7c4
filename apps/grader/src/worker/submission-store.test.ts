import type { GradeResult } from '@threadlab/contracts';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SubmissionStore } from './submission-store.js';
import { createSubmission, seedLockCounter, statusHistory } from './test-support.js';

let test: TestDatabase;
let store: SubmissionStore;
let userId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  store = new SubmissionStore(test.db);
  userId = await seedLockCounter(test.db);
});
afterAll(async () => {
  await test?.drop();
});

const PASS: GradeResult = {
  version: 1,
  exercise: 'lock/counter',
  verdict: 'pass',
  score: 1,
  failures: [],
  stats: { schedules: 10, elapsedMs: 5 },
};

describe('SubmissionStore', () => {
  it('starts an attempt once: a second start from the same state changes nothing', async () => {
    const id = await createSubmission(test.db, userId, 'pass\n');
    const seen = (await store.load(id))!;
    const [first, second] = await Promise.all([store.start(seen, 'a'), store.start(seen, 'b')]);
    expect([first, second].filter((attempt) => attempt !== null)).toEqual([1]);
    expect(await statusHistory(test.db, id)).toEqual(['queued', 'running']);
    expect(await store.load(id)).toMatchObject({ status: 'running', attempts: 1 });
  });

  it('stores a result exactly once, and only for the attempt that is running', async () => {
    const id = await createSubmission(test.db, userId, 'pass\n');
    await store.start((await store.load(id))!, 'attempt 1');
    // Taken over: attempt 2 runs now, attempt 1's worker is presumed dead.
    await store.start((await store.load(id))!, 'attempt 2');
    expect(await store.finish(id, 1, PASS)).toBe(false);
    expect(await store.saveProgress(id, 1, { schedules: 1, scenario: 's' })).toBe(false);
    expect(await store.saveProgress(id, 2, { schedules: 1, scenario: 's' })).toBe(true);
    const results = await Promise.all([store.finish(id, 2, PASS), store.finish(id, 2, PASS)]);
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.requeue(id, 2, 'late')).toBe(false);
    expect(await statusHistory(test.db, id)).toEqual(['queued', 'running', 'running', 'finished']);
    const row = await test.db.submission.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'finished', verdict: 'pass', score: 1, attempts: 2 });
    expect(row.result).toEqual(PASS);
  });

  it('lists the unfinished submissions, oldest first', async () => {
    const id = await createSubmission(test.db, userId, 'pass\n');
    const unfinished = await store.listUnfinished(100);
    expect(unfinished.map((s) => s.id)).toContain(id);
    expect(unfinished.every((s) => s.status === 'queued' || s.status === 'running')).toBe(true);
    const times = unfinished.map((s) => s.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});
