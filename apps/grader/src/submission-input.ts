import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { GradeInputError } from './errors.js';

// What a grade request may carry besides the exercise id, checked before anything runs.

/** A seed must come back exactly (stats.seed) for `--seed` to reproduce a run. */
export const seedSchema = z.int().min(0).max(Number.MAX_SAFE_INTEGER);

/**
 * threadcheck defines the token's content; the grader only insists that it is one argv
 * word of printable ASCII that cannot be taken for an option.
 */
export const replayTokenSchema = z
  .string()
  .max(65_536, 'replay token too long')
  .regex(/^[\x21-\x7e]+$/, 'replay token must be printable ASCII without spaces')
  .refine((token) => !token.startsWith('-'), 'replay token must not start with "-"');

/** Code larger than the exercise's codeKb is refused, not graded (the API refuses it too). */
export function assertCodeSize(code: string, codeKb: number): void {
  const bytes = Buffer.byteLength(code, 'utf8');
  if (bytes > codeKb * 1024) {
    throw new GradeInputError(
      `the solution is ${bytes} bytes; this exercise accepts at most ${codeKb} KB`,
    );
  }
}

/**
 * Reads a solution file as UTF-8 text. Refuses, as input errors: a missing or unreadable
 * path, something that is not a regular file, more than `codeKb` (checked before reading
 * it all), bytes that are not UTF-8.
 */
export async function readSubmissionFile(path: string, codeKb: number): Promise<string> {
  let bytes: Buffer;
  try {
    // stat first: opening a FIFO or a device could block or read forever.
    const stats = await stat(path);
    if (!stats.isFile()) throw new GradeInputError(`${path} is not a regular file`);
    if (stats.size > codeKb * 1024) {
      throw new GradeInputError(
        `${path} is ${stats.size} bytes; this exercise accepts at most ${codeKb} KB`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof GradeInputError) throw error;
    const reason =
      (error as NodeJS.ErrnoException).code === 'ENOENT'
        ? 'no such file'
        : (error as Error).message;
    throw new GradeInputError(`cannot read ${path}: ${reason}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GradeInputError(`${path} is not UTF-8 text`);
  }
}
