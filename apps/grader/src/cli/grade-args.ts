import { parseArgs } from 'node:util';
import { replayTokenSchema, seedSchema } from '../submission-input.js';

export const GRADE_USAGE =
  'usage: pnpm grade <exercise-id> <path/to/solution.py> [--json] [--seed N] [--replay TOKEN]';

export interface GradeArgs {
  exerciseId: string;
  path: string;
  json: boolean;
  seed?: number;
  replay?: string;
}

/** Bad command-line arguments: the CLI prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** `--help` was asked for: the CLI prints the usage and exits 0. */
export const HELP = Symbol('help');

/** Parses the grade CLI's arguments (spec/grader-cli.md), strictly: unknown options are errors. */
export function parseGradeArgs(argv: readonly string[]): GradeArgs | typeof HELP {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        json: { type: 'boolean', default: false },
        seed: { type: 'string' },
        replay: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return HELP;
  if (positionals.length !== 2) {
    throw new UsageError(
      `expected an exercise id and a solution path, got ${positionals.length} argument(s)`,
    );
  }
  const [exerciseId, path] = positionals as [string, string];
  return {
    exerciseId,
    path,
    json: values.json,
    ...(values.seed === undefined ? {} : { seed: parseSeed(values.seed) }),
    ...(values.replay === undefined ? {} : { replay: parseReplay(values.replay) }),
  };
}

function parseSeed(text: string): number {
  const seed = /^\d+$/.test(text) ? seedSchema.safeParse(Number(text)) : undefined;
  if (seed === undefined || !seed.success) {
    throw new UsageError(
      `--seed takes a whole number from 0 to ${Number.MAX_SAFE_INTEGER}, not "${text}"`,
    );
  }
  return seed.data;
}

function parseReplay(token: string): string {
  const parsed = replayTokenSchema.safeParse(token);
  if (!parsed.success)
    throw new UsageError(`--replay: ${parsed.error.issues[0]?.message ?? 'invalid token'}`);
  return parsed.data;
}
