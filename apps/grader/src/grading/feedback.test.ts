import { explainFailure, type GradeResultBody } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { withExplanations } from './feedback.js';

const body: GradeResultBody = {
  verdict: 'fail',
  score: 0,
  failures: [
    { check: 'two threads', kind: 'race', message: 'a race' },
    {
      check: 'three threads',
      kind: 'deadlock',
      message: 'stuck',
      explanation: { ru: 'подделка', en: 'forged by the run' },
    },
  ],
  stats: { schedules: 3, elapsedMs: 1 },
};

describe('withExplanations', () => {
  it('explains each failure by its kind, replacing whatever the run sent', () => {
    const explained = withExplanations(body);
    expect(explained.failures.map((failure) => failure.explanation)).toEqual([
      explainFailure('race'),
      explainFailure('deadlock'),
    ]);
    expect(explained.failures[0]?.explanation?.lecture).toBe(
      'Защита совместного доступа к ресурсам',
    );
    expect(explained.failures[0]?.message).toBe('a race');
  });
});
