import type { Submission } from '@threadlab/db';
import { describe, expect, it, vi } from 'vitest';
import { toSubmissionView } from './submission-view.js';

const row: Submission = {
  id: 'sub1',
  userId: 'u1',
  exerciseId: 'lock/counter',
  code: 'pass\n',
  status: 'finished',
  progress: null,
  result: null,
  verdict: 'fail',
  score: 0,
  attempts: 1,
  createdAt: new Date('2026-01-01T10:00:00Z'),
  startedAt: new Date('2026-01-01T10:00:01Z'),
  finishedAt: null,
};

describe('toSubmissionView', () => {
  it('shows what the owner may see, dates as ISO strings, nothing internal', () => {
    expect(toSubmissionView(row)).toEqual({
      id: 'sub1',
      exerciseId: 'lock/counter',
      status: 'finished',
      code: 'pass\n',
      verdict: 'fail',
      score: 0,
      createdAt: '2026-01-01T10:00:00.000Z',
      startedAt: '2026-01-01T10:00:01.000Z',
    });
  });

  it('leaves out a stored result that breaks its schema, and says so in the log', () => {
    const warn = vi.fn();
    const view = toSubmissionView(
      { ...row, result: { verdict: 'pass', failures: 'none' }, progress: { schedules: -1 } },
      { warn },
    );
    expect(view.result).toBeUndefined();
    expect(view.progress).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
  });
});
