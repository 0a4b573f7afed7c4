import { describe, expect, it } from 'vitest';
import { gradeJob } from './grade-job.js';
import { issuePaths } from './test-support.js';

describe('gradeJob', () => {
  it.each(['clx8f3k2a0000qzrmn1h3b4c5', '3f2c8e4a-9b1d-4c7e-8f6a-2d5b7c9e1a03'])(
    'accepts the id %s',
    (submissionId) => {
      expect(gradeJob.parse({ submissionId })).toEqual({ submissionId });
    },
  );

  it.each([
    ['no id', {}, 'submissionId'],
    ['an empty id', { submissionId: '' }, 'submissionId'],
    ['an id with a path in it', { submissionId: '../etc' }, 'submissionId'],
    ['an id too long for a key', { submissionId: 'a'.repeat(65) }, 'submissionId'],
    ['the code itself in the job', { submissionId: 'abc', code: 'print(1)' }, ''],
  ])('rejects %s', (_name, value, path) => {
    expect(issuePaths(gradeJob, value)).toEqual([path]);
  });
});
