import { describe, expect, it } from 'vitest';
import { gradeResult, gradeResultBody } from './grade-result.js';
import { issuePaths } from './test-support.js';

// The example of spec/grader-cli.md, with its placeholders filled in.
const specExample = {
  version: 1,
  exercise: 'lock/counter',
  verdict: 'fail',
  score: 0.0,
  failures: [
    {
      check: 'concurrent increments',
      kind: 'race',
      message: 'value is 5, expected 6: a lost update',
      schedule: 'v1:42:0-1-0',
      trace: [{ step: 0, thread: 'Thread-1', op: 'read', target: 'Counter.value', line: 7 }],
    },
  ],
  stats: { schedules: 1000, elapsedMs: 412 },
};

const passing = {
  version: 1,
  exercise: 'lock/counter',
  verdict: 'pass',
  score: 1,
  failures: [],
  checks: [{ name: 'concurrent increments', passed: true, schedules: 1000 }],
  notes: ['uses the deprecated name currentThread'],
  stats: { schedules: 1000, elapsedMs: 380.5, seed: 42, strategy: 'pct' },
};

describe('gradeResult', () => {
  it('accepts the example of the CLI spec', () => {
    expect(issuePaths(gradeResult, specExample)).toEqual([]);
  });

  it('accepts a pass with the optional extras', () => {
    expect(gradeResult.parse(passing)).toEqual(passing);
  });

  it('keeps fields added later, at every level', () => {
    const parsed = gradeResult.parse({
      ...passing,
      minimised: true,
      stats: { ...passing.stats, preemptionBound: 2 },
      checks: [{ ...passing.checks[0], scenario: 'two threads' }],
    });
    expect(parsed.minimised).toBe(true);
    expect(parsed.stats.preemptionBound).toBe(2);
    expect(parsed.checks?.[0]?.scenario).toBe('two threads');
  });

  it('accepts an error with or without failures', () => {
    const error = { ...specExample, verdict: 'error', failures: [] };
    expect(issuePaths(gradeResult, error)).toEqual([]);
    expect(issuePaths(gradeResult, { ...specExample, verdict: 'error' })).toEqual([]);
  });

  it.each([
    ['version 2', { ...specExample, version: 2 }, 'version'],
    ['no exercise', { ...specExample, exercise: undefined }, 'exercise'],
    ['an unknown verdict', { ...specExample, verdict: 'ok' }, 'verdict'],
    ['a score above 1', { ...specExample, score: 1.5 }, 'score'],
    ['a negative score', { ...specExample, score: -0.1 }, 'score'],
    ['no stats', { ...specExample, stats: undefined }, 'stats'],
    [
      'fractional schedules',
      { ...specExample, stats: { schedules: 1.5, elapsedMs: 1 } },
      'stats.schedules',
    ],
    ['a fractional seed', { ...passing, stats: { ...passing.stats, seed: 0.5 } }, 'stats.seed'],
    [
      'a failure of unknown kind',
      { ...specExample, failures: [{ ...specExample.failures[0], kind: 'oops' }] },
      'failures.0.kind',
    ],
    [
      'a check of unknown kind',
      { ...passing, checks: [{ name: 'x', passed: false, schedules: 1, kind: 'slow' }] },
      'checks.0.kind',
    ],
    ['a pass that lists failures', { ...specExample, verdict: 'pass' }, 'failures'],
    ['a fail without failures', { ...specExample, failures: [] }, 'failures'],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(gradeResult, value)).toEqual([path]);
  });
});

describe('gradeResultBody', () => {
  it('is the result without version and exercise', () => {
    const { version: _version, exercise: _exercise, ...body } = specExample;
    expect(issuePaths(gradeResultBody, body)).toEqual([]);
  });

  it('checks the verdict against the failures too', () => {
    const { version: _version, exercise: _exercise, ...body } = specExample;
    expect(issuePaths(gradeResultBody, { ...body, failures: [] })).toEqual(['failures']);
  });
});
