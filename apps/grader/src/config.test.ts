import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';
import { ConfigError } from './errors.js';

let scratch: string;
let threadcheckDir: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'grader-config-'));
  threadcheckDir = join(scratch, 'threadcheck-package');
  await mkdir(join(threadcheckDir, 'threadcheck'), { recursive: true });
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('loadConfig', () => {
  it('fills in the defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      python: '/usr/bin/python3',
      threadcheckDir: fileURLToPath(new URL('../../../packages/threadcheck', import.meta.url)),
      sandboxUid: 65534,
      exercisesDir: undefined,
      tmpDir: tmpdir(),
    });
  });

  it('reads every variable, resolving relative paths from the working directory', () => {
    const config = loadConfig({
      PYTHON: '/opt/python/bin/python3',
      THREADCHECK_DIR: relative(process.cwd(), threadcheckDir),
      SANDBOX_UID: '61000',
      EXERCISES_DIR: relative(process.cwd(), scratch),
      GRADER_TMP: scratch,
    });
    expect(config).toEqual({
      python: '/opt/python/bin/python3',
      threadcheckDir,
      sandboxUid: 61000,
      exercisesDir: scratch,
      tmpDir: scratch,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PYTHON: '', SANDBOX_UID: '', GRADER_TMP: '' })).toMatchObject({
      python: '/usr/bin/python3',
      sandboxUid: 65534,
      tmpDir: tmpdir(),
    });
  });

  it.each([['0'], ['-5'], ['1.5'], ['nobody']])('refuses SANDBOX_UID=%s', (uid) => {
    expect(() => loadConfig({ SANDBOX_UID: uid })).toThrow(ConfigError);
  });

  it('refuses a THREADCHECK_DIR without the threadcheck package', () => {
    expect(() => loadConfig({ THREADCHECK_DIR: scratch })).toThrow(
      /holds no threadcheck\/ package/,
    );
  });

  it('refuses a GRADER_TMP that does not exist', () => {
    expect(() => loadConfig({ GRADER_TMP: join(scratch, 'missing') })).toThrow(/GRADER_TMP/);
  });
});
