import { describe, expect, it } from 'vitest';
import { channelMessage } from './channel.js';
import { issuePaths } from './test-support.js';

// The two messages of docs/grader-protocol.md.
const progress = {
  type: 'progress',
  scenario: 'two threads increment',
  schedules: 120,
  elapsedMs: 35,
};
const result = {
  type: 'result',
  result: { verdict: 'pass', score: 1, failures: [], stats: { schedules: 1000, elapsedMs: 412 } },
};

describe('channelMessage', () => {
  it('accepts the progress and result messages of the protocol', () => {
    expect(channelMessage.parse(progress)).toEqual(progress);
    expect(channelMessage.parse(result)).toEqual(result);
  });

  it.each([
    ['an unknown type', { ...progress, type: 'log' }, 'type'],
    ['progress without schedules', { ...progress, schedules: undefined }, 'schedules'],
    ['negative elapsed time', { ...progress, elapsedMs: -1 }, 'elapsedMs'],
    [
      'a result without verdict',
      { type: 'result', result: { ...result.result, verdict: undefined } },
      'result.verdict',
    ],
    [
      'a passing result with failures',
      {
        type: 'result',
        result: { ...result.result, failures: [{ check: 'c', kind: 'race', message: 'm' }] },
      },
      'result.failures',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(channelMessage, value)).toEqual([path]);
  });
});
