import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWorkDir, removeWorkDir } from './work-dir.js';

let parent: string;

beforeEach(async () => {
  parent = await mkdtemp(join(tmpdir(), 'grader-workdir-'));
});
afterEach(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('createWorkDir', () => {
  it('holds exactly the given files, readable by another uid whatever the umask', async () => {
    const previous = process.umask(0o077);
    let dir: string;
    try {
      dir = await createWorkDir(parent, { 'solution.py': 'pass\n', 'policy.json': '{}\n' });
    } finally {
      process.umask(previous);
    }
    expect((await readdir(dir)).sort()).toEqual(['policy.json', 'solution.py']);
    expect((await stat(dir)).mode & 0o777).toBe(0o755);
    expect((await stat(join(dir, 'solution.py'))).mode & 0o777).toBe(0o644);
    expect(await readFile(join(dir, 'solution.py'), 'utf8')).toBe('pass\n');

    await removeWorkDir(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it('makes a fresh folder each time', async () => {
    const first = await createWorkDir(parent, {});
    const second = await createWorkDir(parent, {});
    expect(first).not.toBe(second);
  });
});
