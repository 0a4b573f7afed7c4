import { describe, expect, it } from 'vitest';
import { failure } from './failure.js';
import { issuePaths } from './test-support.js';

const raceFailure = {
  check: 'concurrent increments',
  kind: 'race',
  message: 'value is 5, expected 6: a lost update',
  schedule: 'v1:42:0-1-0',
  trace: [
    { step: 0, thread: 'Thread-1', op: 'read', target: 'Counter.value', line: 7 },
    { step: 1, thread: 'Thread-2', op: 'read', target: 'Counter.value', line: 7 },
  ],
  threads: ['Thread-1', 'Thread-2'],
  explanation: { ru: 'Потерянное обновление', en: 'A lost update', lecture: 'lock' },
};

describe('failure', () => {
  it('accepts a full failure and keeps fields it does not know', () => {
    const parsed = failure.parse({
      ...raceFailure,
      cycle: ['Thread-1', 'Thread-2'],
      trace: [{ ...raceFailure.trace[0], preempted: true }],
    });
    expect(parsed.cycle).toEqual(['Thread-1', 'Thread-2']);
    expect(parsed.trace?.[0]?.preempted).toBe(true);
  });

  it('needs only check, kind and message', () => {
    expect(issuePaths(failure, { check: 'load', kind: 'syntax', message: 'line 3' })).toEqual([]);
  });

  it.each([
    ['an unknown kind', { ...raceFailure, kind: 'oops' }, 'kind'],
    ['a missing message', { ...raceFailure, message: undefined }, 'message'],
    [
      'a negative step',
      { ...raceFailure, trace: [{ step: -1, thread: 'T', op: 'read' }] },
      'trace.0.step',
    ],
    [
      'a fractional step',
      { ...raceFailure, trace: [{ step: 0.5, thread: 'T', op: 'read' }] },
      'trace.0.step',
    ],
    [
      'line 0',
      { ...raceFailure, trace: [{ step: 0, thread: 'T', op: 'read', line: 0 }] },
      'trace.0.line',
    ],
    [
      'a trace event without thread',
      { ...raceFailure, trace: [{ step: 0, op: 'read' }] },
      'trace.0.thread',
    ],
    [
      'an explanation without English',
      { ...raceFailure, explanation: { ru: 'Гонка' } },
      'explanation.en',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(failure, value)).toEqual([path]);
  });
});
