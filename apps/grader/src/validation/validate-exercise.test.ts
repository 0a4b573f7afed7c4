import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FailureKind, GradeResult } from '@threadlab/contracts';
import { loadExercise, type Exercise } from '@threadlab/exercises';
import { writeExerciseFixture } from '@threadlab/exercises/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exerciseTrials, runTrial, type GradeWithSeed } from './validate-exercise.js';

let root: string;
let exercise: Exercise;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'validate-exercise-'));
  await writeExerciseFixture(root, 'lock/counter', {
    manifest: {
      variants: [
        { file: 'variants/no_lock.py', expect: 'race', description: 'no lock' },
        { file: 'variants/leak.py', expect: 'deadlock', description: 'lock left held' },
      ],
      alternatives: [{ file: 'alternatives/rlock.py', description: 'an RLock' }],
    },
    files: {
      'reference.py': 'REFERENCE',
      'alternatives/rlock.py': 'RLOCK',
      'variants/no_lock.py': 'NO_LOCK',
      'variants/leak.py': 'LEAK',
    },
  });
  exercise = await loadExercise('lock/counter', { root });
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const stats = { schedules: 10, elapsedMs: 5 };
const pass: GradeResult = {
  version: 1,
  exercise: 'lock/counter',
  verdict: 'pass',
  score: 1,
  failures: [],
  stats,
};
const failWith = (kind: FailureKind): GradeResult => ({
  ...pass,
  verdict: 'fail',
  score: 0,
  failures: [{ check: 'two threads', kind, message: `a ${kind}\nmore` }],
});

/** A grader that answers by code, and on the given seed differently. */
function fakeGrader(
  answers: Record<string, GradeResult>,
  surprise?: { seed: number; result: GradeResult },
): GradeWithSeed {
  return (code, seed) =>
    Promise.resolve(surprise?.seed === seed ? surprise.result : (answers[code] ?? pass));
}

/** Findings without their timings, which differ from run to run. */
async function findings(grade: GradeWithSeed, seeds = [1, 2, 3]) {
  const found = await Promise.all(
    exerciseTrials(exercise).map((trial) => runTrial(exercise, trial, grade, seeds)),
  );
  return found.map(({ medianMs, ...rest }) => {
    expect(medianMs).toEqual(expect.any(Number));
    return rest;
  });
}

describe('validating an exercise', () => {
  it('holds when the reference passes and each variant fails with its expected kind on every run', async () => {
    const result = await findings(
      fakeGrader({ NO_LOCK: failWith('race'), LEAK: failWith('deadlock') }),
    );
    expect(result).toEqual([
      {
        exercise: 'lock/counter',
        subject: 'reference.py',
        expected: 'pass',
        ok: true,
        detail: 'passes (3 runs)',
      },
      {
        exercise: 'lock/counter',
        subject: 'alternatives/rlock.py',
        expected: 'pass',
        ok: true,
        detail: 'passes (3 runs)',
      },
      {
        exercise: 'lock/counter',
        subject: 'variants/no_lock.py',
        expected: 'race',
        ok: true,
        detail: 'rejected: race (3 runs)',
      },
      {
        exercise: 'lock/counter',
        subject: 'variants/leak.py',
        expected: 'deadlock',
        ok: true,
        detail: 'rejected: deadlock (3 runs)',
      },
    ]);
  });

  it('names the seed of a run where the reference did not pass', async () => {
    const grade = fakeGrader(
      { NO_LOCK: failWith('race'), LEAK: failWith('deadlock') },
      { seed: 2, result: failWith('race') },
    );
    const [reference] = await findings(grade);
    expect(reference).toEqual({
      exercise: 'lock/counter',
      subject: 'reference.py',
      expected: 'pass',
      ok: false,
      detail: 'expected a pass, got race (two threads: a race) (--seed 2)',
    });
  });

  it('rejects a variant that passes on some run, or fails with another kind', async () => {
    const result = await findings(fakeGrader({ NO_LOCK: pass, LEAK: failWith('timeout') }));
    expect(result.slice(2).map((finding) => [finding.ok, finding.detail])).toEqual([
      [false, 'expected a race failure, got a pass (--seed 1)'],
      [false, 'expected a deadlock failure, got timeout (two threads: a timeout) (--seed 1)'],
    ]);
  });

  it('holds an alternative solution to the same promise as the reference', async () => {
    const grade = fakeGrader({
      RLOCK: failWith('deadlock'),
      NO_LOCK: failWith('race'),
      LEAK: failWith('deadlock'),
    });
    const [, alternative] = await findings(grade);
    expect(alternative).toEqual({
      exercise: 'lock/counter',
      subject: 'alternatives/rlock.py',
      expected: 'pass',
      ok: false,
      detail: 'expected a pass, got deadlock (two threads: a deadlock) (--seed 1)',
    });
  });

  it('does not count a grader error as a rejection', async () => {
    const error: GradeResult = {
      ...pass,
      verdict: 'error',
      notes: ['internal error in threadcheck'],
    };
    const [, , noLock] = await findings(fakeGrader({ NO_LOCK: error, LEAK: failWith('deadlock') }));
    expect(noLock?.detail).toBe(
      'expected a race failure, got an error: internal error in threadcheck (--seed 1)',
    );
  });
});
