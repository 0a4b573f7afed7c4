import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GradeInputError } from './errors.js';
import {
  assertCodeSize,
  readSubmissionFile,
  replayTokenSchema,
  seedSchema,
} from './submission-input.js';

let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'grader-input-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('readSubmissionFile', () => {
  it('reads UTF-8 text, non-ASCII included', async () => {
    const path = join(scratch, 'solution.py');
    await writeFile(path, 'print("привет")\n');
    expect(await readSubmissionFile(path, 64)).toBe('print("привет")\n');
  });

  it('refuses a missing file', async () => {
    await expect(readSubmissionFile(join(scratch, 'nope.py'), 64)).rejects.toThrow(/no such file/);
  });

  it('refuses a directory', async () => {
    await mkdir(join(scratch, 'dir.py'));
    await expect(readSubmissionFile(join(scratch, 'dir.py'), 64)).rejects.toThrow(
      /not a regular file/,
    );
  });

  it('refuses bytes that are not UTF-8', async () => {
    const path = join(scratch, 'latin1.py');
    await writeFile(path, Buffer.from('print("caf\xe9")\n', 'latin1'));
    await expect(readSubmissionFile(path, 64)).rejects.toThrow(GradeInputError);
    await expect(readSubmissionFile(path, 64)).rejects.toThrow(/not UTF-8/);
  });

  it('refuses more than codeKb, and accepts exactly codeKb', async () => {
    const path = join(scratch, 'big.py');
    await writeFile(path, 'x'.repeat(1024 + 1));
    await expect(readSubmissionFile(path, 1)).rejects.toThrow(/at most 1 KB/);
    await writeFile(path, 'x'.repeat(1024));
    await expect(readSubmissionFile(path, 1)).resolves.toHaveLength(1024);
  });
});

describe('assertCodeSize', () => {
  it('counts UTF-8 bytes, not characters', () => {
    expect(() => assertCodeSize('я'.repeat(512), 1)).not.toThrow();
    expect(() => assertCodeSize('я'.repeat(513), 1)).toThrow(GradeInputError);
  });
});

describe('request options', () => {
  it('accepts safe non-negative integer seeds only', () => {
    expect(seedSchema.safeParse(0).success).toBe(true);
    expect(seedSchema.safeParse(Number.MAX_SAFE_INTEGER).success).toBe(true);
    expect(seedSchema.safeParse(-1).success).toBe(false);
    expect(seedSchema.safeParse(2 ** 53).success).toBe(false);
    expect(seedSchema.safeParse(1.5).success).toBe(false);
  });

  it('accepts threadcheck tokens and refuses what could not be one argv word', () => {
    expect(replayTokenSchema.safeParse('tc1.0.eNpjYGAEAQYGAAAiAAY').success).toBe(true);
    for (const bad of ['', 'a b', '--seed', 'tc1\n', 'é']) {
      expect(replayTokenSchema.safeParse(bad).success).toBe(false);
    }
  });
});
