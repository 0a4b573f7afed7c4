import { randomInt } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { ExerciseError, listExercises, loadExercise, type Exercise } from '@threadlab/exercises';
import { getConfig } from '../config.js';
import { GraderError } from '../errors.js';
import { gradeSubmission } from '../grade.js';
import { mapConcurrently } from '../map-concurrently.js';
import { formatValidationTable } from '../validation/format-table.js';
import { exerciseTrials, runTrial, type Finding } from '../validation/validate-exercise.js';
import { describeError, EXIT_COULD_NOT_GRADE, oneLine, type CliIo } from './cli-support.js';

// `pnpm exercises:validate [<exercise-id>...] [--runs N] [--jobs N]`: proves the catalogue's
// promise for every exercise (spec/catalogue.md). Exit status: 0 every promise holds, 1 some
// does not (each listed), 2 could not validate (bad arguments, grader set-up).

export const VALIDATE_USAGE =
  'usage: pnpm exercises:validate [<exercise-id>...] [--runs N] [--jobs N]';

/**
 * Several gradings at once share the sandbox uid's NPROC budget (limits.processes), so
 * parallelism stays modest whatever the machine.
 */
const MAX_DEFAULT_JOBS = 4;

export async function runValidateCli(argv: readonly string[], io: CliIo): Promise<number> {
  let options: { ids: string[]; runs: number; jobs: number };
  try {
    options = parseValidateArgs(argv);
  } catch (error) {
    io.stderr.write(
      `exercises:validate: ${oneLine((error as Error).message)}; ${VALIDATE_USAGE}\n`,
    );
    return EXIT_COULD_NOT_GRADE;
  }
  try {
    const config = getConfig();
    const ids =
      options.ids.length > 0 ? options.ids : await listExercises({ root: config.exercisesDir });
    if (ids.length === 0) throw new GraderError('no exercises found');

    const started = performance.now();
    const broken: Finding[] = [];
    const loaded: Exercise[] = [];
    for (const id of ids) {
      try {
        loaded.push(await loadExercise(id, { root: config.exercisesDir }));
      } catch (error) {
        if (!(error instanceof ExerciseError)) throw error;
        broken.push({
          exercise: id,
          subject: 'exercise folder',
          expected: 'valid',
          ok: false,
          detail: oneLine(error.message),
        });
      }
    }
    broken.forEach((finding) => report(io, finding));

    const trials = loaded.flatMap((exercise) =>
      exerciseTrials(exercise).map((trial) => ({ exercise, trial })),
    );
    const findings = await mapConcurrently(trials, options.jobs, async ({ exercise, trial }) => {
      const seeds = Array.from({ length: options.runs }, () => randomInt(0, 2 ** 48 - 1));
      const finding = await runTrial(
        exercise,
        trial,
        (code, seed) =>
          gradeSubmission({
            exerciseId: exercise.manifest.id,
            code,
            seed,
            config,
            signal: io.signal,
          }),
        seeds,
      );
      report(io, finding);
      return finding;
    });

    const all = [...broken, ...findings];
    const problems = all.filter((finding) => !finding.ok);
    const seconds = (performance.now() - started) / 1000;
    io.stdout.write(
      `\n${formatValidationTable(all)}\n\n` +
        `${ids.length} exercise${ids.length === 1 ? '' : 's'}, ${trials.length} solutions × ${options.runs} runs, ` +
        `${options.jobs} at a time, in ${formatSeconds(seconds)}: ` +
        `${problems.length === 0 ? 'every promise holds' : `${problems.length} problem${problems.length === 1 ? '' : 's'}`}\n`,
    );
    return problems.length === 0 ? 0 : 1;
  } catch (error) {
    io.stderr.write(`exercises:validate: ${describeError(error)}\n`);
    return EXIT_COULD_NOT_GRADE;
  }
}

/** Progress while validating, on stderr: the table on stdout comes at the end. */
function report(io: CliIo, finding: Finding): void {
  io.stderr.write(
    `${finding.ok ? 'ok  ' : 'FAIL'} ${finding.exercise} ${finding.subject}: ${finding.detail}\n`,
  );
}

function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = (seconds - minutes * 60).toFixed(1);
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}

function parseValidateArgs(argv: readonly string[]): { ids: string[]; runs: number; jobs: number } {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: { runs: { type: 'string', default: '3' }, jobs: { type: 'string' } },
  });
  const count = (text: string, name: string): number => {
    if (!/^[1-9]\d{0,3}$/.test(text))
      throw new Error(`--${name} takes a whole number from 1 to 9999, not "${text}"`);
    return Number(text);
  };
  return {
    ids: positionals,
    runs: count(values.runs, 'runs'),
    jobs:
      values.jobs === undefined
        ? Math.min(MAX_DEFAULT_JOBS, availableParallelism())
        : count(values.jobs, 'jobs'),
  };
}
