import { ExerciseError } from '@threadlab/exercises';
import { GraderError } from '../errors.js';

// What the grader's command-line tools share: their streams, their one-line errors and how
// they start and stop.

export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted on Ctrl-C or SIGTERM: sandboxes in flight are killed before the tool exits. */
  signal?: AbortSignal;
}

/** Exit status when the tool could not do its job at all (spec/grader-cli.md). */
export const EXIT_COULD_NOT_GRADE = 2;

/** A message on one line, for stderr. */
export function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' ');
}

/** The grader's own errors say what to fix; anything else is a bug in the grader. */
export function describeError(error: unknown): string {
  if (error instanceof GraderError || error instanceof ExerciseError) return oneLine(error.message);
  if (error instanceof Error && error.name === 'AbortError') return 'interrupted';
  return `internal error: ${oneLine(error instanceof Error ? error.message : String(error))}`;
}

/** Runs a tool on this process's argv and streams, and sets its exit status. */
export async function runMain(
  name: string,
  run: (argv: readonly string[], io: CliIo) => Promise<number>,
): Promise<void> {
  const controller = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () =>
      controller.abort(Object.assign(new Error('interrupted'), { name: 'AbortError' })),
    );
  }
  try {
    process.exitCode = await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      signal: controller.signal,
    });
  } catch (error) {
    process.stderr.write(`${name}: ${describeError(error)}\n`);
    process.exitCode = EXIT_COULD_NOT_GRADE;
  }
}
