import { describe, expect, it } from 'vitest';
import { apiError } from './error.js';
import { exerciseDetail } from './exercise.js';
import { signInBody, signUpBody } from './auth.js';
import { submissionView, submitBody } from './submission.js';

describe('API schemas', () => {
  it('normalise the email of sign-up and sign-in and refuse extra fields', () => {
    expect(
      signUpBody.parse({ email: ' Ada@Example.ORG ', name: ' Ada ', password: 'longenough' }),
    ).toEqual({ email: 'ada@example.org', name: 'Ada', password: 'longenough' });
    expect(signUpBody.safeParse({ email: 'a@b.org', name: 'A', password: 'short' }).success).toBe(
      false,
    );
    expect(
      signUpBody.safeParse({ email: 'a@b.org', name: 'A', password: 'longenough', role: 'teacher' })
        .success,
    ).toBe(false);
    expect(signInBody.safeParse({ email: 'not an email', password: 'x' }).success).toBe(false);
  });

  it('take a submission only as an exercise id and non-empty code', () => {
    expect(submitBody.safeParse({ exerciseId: 'lock/counter', code: 'x' }).success).toBe(true);
    expect(submitBody.safeParse({ exerciseId: '../lock', code: 'x' }).success).toBe(false);
    expect(submitBody.safeParse({ exerciseId: 'lock/counter', code: '' }).success).toBe(false);
  });

  it('drop anything an exercise detail or a submission view does not declare', () => {
    const detail = exerciseDetail.parse({
      id: 'lock/counter',
      section: 'lock',
      title: { ru: 'р', en: 'e' },
      statement: { ru: 'р', en: 'e' },
      starter: '',
      hints: [],
      kind: 'code',
      difficulty: 1,
      points: 10,
      codeKb: 64,
      reference: 'the answer',
      variants: ['broken'],
    });
    expect(detail).not.toHaveProperty('reference');
    expect(detail).not.toHaveProperty('variants');
    const view = submissionView.parse({
      id: 'abc',
      exerciseId: 'lock/counter',
      status: 'queued',
      createdAt: '2026-01-01T00:00:00.000Z',
      code: 'x',
      userId: 'someone',
    });
    expect(view).not.toHaveProperty('userId');
  });

  it('shape every error as {error: {code, message, details?}}', () => {
    expect(
      apiError.safeParse({ error: { code: 'unauthorized', message: 'Sign in first.' } }).success,
    ).toBe(true);
    expect(apiError.safeParse({ error: { code: 'teapot', message: '?' } }).success).toBe(false);
  });
});
