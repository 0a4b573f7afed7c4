import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { GradeResult } from '@threadlab/contracts';
import type { Exercise } from '@threadlab/exercises';

/** Grades one solution of the exercise under validation with a given seed. */
export type GradeWithSeed = (code: string, seed: number) => Promise<GradeResult>;

export interface Finding {
  exercise: string;
  /** The reference, an alternative or a variant, as a path in the exercise folder. */
  subject: string;
  /** `pass`, or the failure kind a variant must be rejected with. */
  expected: string;
  ok: boolean;
  /** What was shown, or what went wrong and with which seed, so it can be reproduced. */
  detail: string;
  /** Median wall time of one grading, sandbox included; undefined if none ran. */
  medianMs?: number;
}

/** One solution to try `runs` times, and what every run must show. */
interface Trial {
  subject: string;
  path: string;
  expected: string;
  /** Why a run's result is acceptable, or undefined if it is. */
  problem(result: GradeResult): string | undefined;
  success: string;
}

/**
 * The catalogue's promise for one exercise (spec/catalogue.md): the reference passes on
 * every run, and every buggy variant is rejected on every run with the kind of failure its
 * manifest expects. Each run gets its own seed; a finding names the one that broke it.
 */
export function exerciseTrials(exercise: Exercise): Trial[] {
  const mustPass = (subject: string, path: string): Trial => ({
    subject,
    path,
    expected: 'pass',
    problem: (result) =>
      result.verdict === 'pass' ? undefined : `expected a pass, got ${describe(result)}`,
    success: 'passes',
  });
  return [
    mustPass(basename(exercise.paths.reference), exercise.paths.reference),
    ...exercise.alternatives.map((alternative) => mustPass(alternative.file, alternative.path)),
    ...exercise.variants.map((variant) => ({
      subject: variant.file,
      path: variant.path,
      expected: variant.expect,
      problem: (result: GradeResult) =>
        result.verdict === 'fail' &&
        result.failures.some((failure) => failure.kind === variant.expect)
          ? undefined
          : `expected ${withArticle(variant.expect)} failure, got ${describe(result)}`,
      success: `rejected: ${variant.expect}`,
    })),
  ];
}

export async function runTrial(
  exercise: Exercise,
  trial: Trial,
  grade: GradeWithSeed,
  seeds: readonly number[],
): Promise<Finding> {
  const finding = {
    exercise: exercise.manifest.id,
    subject: trial.subject,
    expected: trial.expected,
  };
  const code = await readFile(trial.path, 'utf8');
  const times: number[] = [];
  for (const seed of seeds) {
    const started = performance.now();
    const result = await grade(code, seed);
    times.push(performance.now() - started);
    const problem = trial.problem(result);
    if (problem !== undefined)
      return {
        ...finding,
        ok: false,
        detail: `${problem} (--seed ${seed})`,
        medianMs: median(times),
      };
  }
  return {
    ...finding,
    ok: true,
    detail: `${trial.success} (${seeds.length} run${seeds.length === 1 ? '' : 's'})`,
    medianMs: median(times),
  };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? sorted[middle]
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function describe(result: GradeResult): string {
  if (result.verdict === 'pass') return 'a pass';
  if (result.verdict === 'error') return `an error: ${result.notes?.[0] ?? 'no reason given'}`;
  const kinds = [...new Set(result.failures.map((failure) => failure.kind))].join(', ');
  const first = result.failures[0];
  return `${kinds} (${first?.check ?? '?'}: ${first?.message.split('\n')[0] ?? ''})`;
}

function withArticle(kind: string): string {
  return `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
}
