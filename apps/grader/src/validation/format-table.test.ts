import { describe, expect, it } from 'vitest';
import { formatValidationTable } from './format-table.js';
import type { Finding } from './validate-exercise.js';

const finding = (over: Partial<Finding>): Finding => ({
  exercise: 'lock/counter',
  subject: 'reference.py',
  expected: 'pass',
  ok: true,
  detail: 'passes (3 runs)',
  medianMs: 1234,
  ...over,
});

describe('formatValidationTable', () => {
  it('lists every solution per exercise, reference first, with what it must show', () => {
    const table = formatValidationTable([
      finding({ subject: 'variants/no_lock.py', expected: 'race', detail: 'rejected: race' }),
      finding({ exercise: 'classic/rw-lock', medianMs: 250 }),
      finding({}),
      finding({ subject: 'alternatives/rlock.py' }),
    ]);
    expect(table.split('\n')).toEqual([
      'exercise         solution               must        result  median',
      '---------------  ---------------------  ----------  ------  ------',
      'classic/rw-lock  reference.py           pass        ok      0.25 s',
      'lock/counter     reference.py           pass        ok      1.23 s',
      'lock/counter     alternatives/rlock.py  pass        ok      1.23 s',
      'lock/counter     variants/no_lock.py    fail: race  ok      1.23 s',
    ]);
  });

  it('marks a broken promise and repeats it below with its detail', () => {
    const table = formatValidationTable([
      finding({
        subject: 'variants/leak.py',
        expected: 'deadlock',
        ok: false,
        detail: 'expected a deadlock failure, got a pass (--seed 7)',
        medianMs: undefined,
      }),
    ]);
    const lines = table.split('\n');
    expect(lines[2]).toMatch(/^lock\/counter\s+variants\/leak\.py\s+fail: deadlock\s+FAIL\s+-$/);
    expect(lines.at(-1)).toBe(
      'FAIL lock/counter variants/leak.py: expected a deadlock failure, got a pass (--seed 7)',
    );
  });
});
