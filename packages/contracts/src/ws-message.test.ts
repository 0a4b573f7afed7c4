import { describe, expect, it } from 'vitest';
import { issuePaths } from './test-support.js';
import { wsMessage } from './ws-message.js';

const running = {
  type: 'submission.status',
  submissionId: 'clx8f3k2a0000qzrmn1h3b4c5',
  status: 'running',
  progress: { schedules: 120, scenario: 'two threads increment' },
};

const finished = {
  type: 'submission.status',
  submissionId: 'clx8f3k2a0000qzrmn1h3b4c5',
  status: 'finished',
  result: {
    version: 1,
    exercise: 'lock/counter',
    verdict: 'pass',
    score: 1,
    failures: [],
    stats: { schedules: 1000, elapsedMs: 412 },
  },
};

describe('wsMessage', () => {
  it('accepts progress and a final result', () => {
    expect(wsMessage.parse(running)).toEqual(running);
    expect(wsMessage.parse(finished)).toEqual(finished);
  });

  it('accepts a bare status change', () => {
    expect(issuePaths(wsMessage, { ...running, status: 'queued', progress: undefined })).toEqual(
      [],
    );
  });

  it.each([
    ['an unknown type', { ...running, type: 'submission.progress' }, 'type'],
    ['an unknown status', { ...running, status: 'done' }, 'status'],
    ['a bad submission id', { ...running, submissionId: '' }, 'submissionId'],
    [
      'progress without schedules',
      { ...running, progress: { scenario: 's' } },
      'progress.schedules',
    ],
    [
      'a result without version',
      { ...finished, result: { ...finished.result, version: undefined } },
      'result.version',
    ],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(wsMessage, value)).toEqual([path]);
  });
});
