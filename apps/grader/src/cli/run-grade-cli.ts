import type { GradeResult } from '@threadlab/contracts';
import { gradeFile } from '../grade.js';
import { shouldColour } from '../report/ansi.js';
import { formatHumanReport } from '../report/format-human.js';
import { createProgressLine } from '../report/progress-line.js';
import { describeError, EXIT_COULD_NOT_GRADE, oneLine, type CliIo } from './cli-support.js';
import { GRADE_USAGE, HELP, parseGradeArgs, UsageError, type GradeArgs } from './grade-args.js';

// The grade CLI (spec/grader-cli.md), with its streams passed in; cli/grade.ts runs it.
// Exit status: 0 pass, 1 fail, 2 could not grade (with one line on stderr saying why).

export const EXIT = { pass: 0, fail: 1, couldNotGrade: EXIT_COULD_NOT_GRADE } as const;

export async function runGradeCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args: GradeArgs | typeof HELP;
  try {
    args = parseGradeArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`grade: ${oneLine(error.message)}; ${GRADE_USAGE}\n`);
    return EXIT.couldNotGrade;
  }
  if (args === HELP) {
    io.stdout.write(`${GRADE_USAGE}\n`);
    return EXIT.pass;
  }

  const started = Date.now();
  const progress = createProgressLine(io.stderr);
  let result: GradeResult;
  try {
    result = await gradeFile(args.exerciseId, args.path, {
      seed: args.seed,
      replay: args.replay,
      onProgress: (message) => progress.update(message),
      signal: io.signal,
    });
  } catch (error) {
    progress.clear();
    const message = describeError(error);
    io.stderr.write(`grade: ${message}\n`);
    if (args.json)
      io.stdout.write(
        `${JSON.stringify(couldNotGrade(args.exerciseId, message, Date.now() - started))}\n`,
      );
    return EXIT.couldNotGrade;
  }
  progress.clear();

  if (args.json) {
    io.stdout.write(`${JSON.stringify(result)}\n`);
  } else {
    io.stdout.write(
      formatHumanReport(result, {
        solutionPath: args.path,
        colour: shouldColour(io.stdout, io.env),
      }),
    );
  }
  if (result.verdict === 'error') {
    io.stderr.write(
      `grade: threadcheck could not grade: ${oneLine(result.notes?.[0] ?? 'no reason given')}\n`,
    );
  }
  return result.verdict === 'pass'
    ? EXIT.pass
    : result.verdict === 'fail'
      ? EXIT.fail
      : EXIT.couldNotGrade;
}

/** With --json, even "could not grade" is one result object (verdict `error`) on stdout. */
function couldNotGrade(exerciseId: string, message: string, elapsedMs: number): GradeResult {
  return {
    version: 1,
    exercise: exerciseId,
    verdict: 'error',
    score: 0,
    failures: [],
    notes: [message],
    stats: { schedules: 0, elapsedMs },
  };
}
