import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setRole } from './set-role.js';

let test: TestDatabase;

beforeAll(async () => {
  test = await createTestDatabase();
});
afterAll(async () => {
  await test.drop();
});

describe('setRole (the promote CLI)', () => {
  it('promotes an account by email, whatever its case, and demotes it back', async () => {
    await test.db.user.create({
      data: { email: 'prof@example.org', name: 'Prof', passwordHash: 'x' },
    });
    expect(await setRole(test.db, ' Prof@Example.org ', 'teacher')).toBe(true);
    expect(
      (await test.db.user.findUniqueOrThrow({ where: { email: 'prof@example.org' } })).role,
    ).toBe('teacher');
    expect(await setRole(test.db, 'prof@example.org', 'student')).toBe(true);
    expect(
      (await test.db.user.findUniqueOrThrow({ where: { email: 'prof@example.org' } })).role,
    ).toBe('student');
  });

  it('reports an unknown email', async () => {
    expect(await setRole(test.db, 'nobody@example.org', 'teacher')).toBe(false);
  });
});
