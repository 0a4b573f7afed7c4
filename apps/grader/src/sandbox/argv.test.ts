import { describe, expect, it } from 'vitest';
import { buildSandboxArgv, CLOSE_INHERITED_FDS, type SandboxCommand } from './argv.js';
import type { SandboxLimits } from './limits.js';

const limits: SandboxLimits = {
  wallTimeMs: 20_000,
  cpuTimeS: 20,
  memoryBytes: 512 * 1024 * 1024,
  processes: 256,
  fileSizeBytes: 1024 * 1024,
  openFiles: 64,
  outputBytes: 256 * 1024,
  tmpfsBytes: 16 * 1024 * 1024,
};

const command: SandboxCommand = {
  hostPython: '/usr/bin/python3.11',
  uid: 65534,
  limits,
  binds: [{ host: '/tmp/threadlab-grade-x', sandbox: '/sandbox/work' }],
  cwd: '/sandbox/work',
  env: { PYTHONPATH: '/opt/threadcheck', LANG: 'C.UTF-8' },
  command: ['/usr/bin/python3.11', '-s', '-c', 'pass'],
};

/** The value following `flag` in argv (the first occurrence). */
function after(argv: string[], flag: string, count = 1): string[] {
  const index = argv.indexOf(flag);
  expect(index, `${flag} present`).toBeGreaterThanOrEqual(0);
  return argv.slice(index + 1, index + 1 + count);
}

describe('buildSandboxArgv', () => {
  it('closes inherited descriptors, drops to the sandbox uid, sets rlimits, then enters bwrap', () => {
    const argv = buildSandboxArgv(command);
    expect(argv.slice(0, 5)).toEqual([
      '/usr/bin/python3.11',
      '-I',
      '-S',
      '-c',
      CLOSE_INHERITED_FDS,
    ]);
    expect(argv.slice(5, 11)).toEqual([
      'setpriv',
      '--reuid=65534',
      '--regid=65534',
      '--clear-groups',
      '--no-new-privs',
      '--',
    ]);
    expect(argv.indexOf('prlimit')).toBe(11);
    expect(argv.indexOf('prlimit')).toBeLessThan(argv.indexOf('bwrap'));
  });

  it('sets every rlimit from the limits, with a hard CPU limit one second above the soft one', () => {
    const argv = buildSandboxArgv(command);
    const rlimits = argv.slice(argv.indexOf('prlimit') + 1, argv.indexOf('bwrap'));
    expect(rlimits).toEqual([
      '--cpu=20:21',
      `--as=${512 * 1024 * 1024}`,
      '--nproc=256',
      `--fsize=${1024 * 1024}`,
      '--nofile=64',
      '--',
    ]);
  });

  it('confines bwrap: no namespace shared, no nested user namespaces, dies with the grader, clean env', () => {
    const argv = buildSandboxArgv(command);
    for (const flag of [
      '--unshare-all',
      '--unshare-user',
      '--disable-userns',
      '--die-with-parent',
      '--new-session',
      '--clearenv',
    ]) {
      expect(argv).toContain(flag);
    }
    expect(argv).not.toContain('--share-net');
    expect(argv).not.toContain('--bind');
    expect(argv).not.toContain('--dev-bind');
  });

  it('mounts /usr read-only, fresh /proc and /dev, a sized private /tmp and the binds read-only', () => {
    const argv = buildSandboxArgv(command);
    expect(after(argv, '--ro-bind', 2)).toEqual(['/usr', '/usr']);
    expect(after(argv, '--proc')).toEqual(['/proc']);
    expect(after(argv, '--dev')).toEqual(['/dev']);
    expect(after(argv, '--size', 3)).toEqual([String(16 * 1024 * 1024), '--tmpfs', '/tmp']);
    const binds = argv.flatMap((arg, index) =>
      arg === '--ro-bind' ? [argv.slice(index + 1, index + 3)] : [],
    );
    expect(binds).toEqual([
      ['/usr', '/usr'],
      ['/tmp/threadlab-grade-x', '/sandbox/work'],
    ]);
  });

  it('makes / and /dev read-only once every mount point exists', () => {
    const argv = buildSandboxArgv(command);
    const remounts = argv.flatMap((arg, index) =>
      arg === '--remount-ro' ? [argv[index + 1]] : [],
    );
    expect(remounts).toEqual(['/dev', '/']);
    const lastMount = Math.max(
      argv.lastIndexOf('--ro-bind'),
      argv.lastIndexOf('--tmpfs'),
      argv.lastIndexOf('--dev'),
    );
    expect(argv.indexOf('--remount-ro')).toBeGreaterThan(lastMount);
  });

  it('sets exactly the given environment, sorted, and the working directory', () => {
    const argv = buildSandboxArgv(command);
    const env = argv.flatMap((arg, index) =>
      arg === '--setenv' ? [argv.slice(index + 1, index + 3)] : [],
    );
    expect(env).toEqual([
      ['LANG', 'C.UTF-8'],
      ['PYTHONPATH', '/opt/threadcheck'],
    ]);
    expect(after(argv, '--chdir')).toEqual(['/sandbox/work']);
  });

  it('reports namespace ids on fd 4 and ends with the command after a final --', () => {
    const argv = buildSandboxArgv(command);
    expect(after(argv, '--info-fd')).toEqual(['4']);
    expect(argv.slice(-5)).toEqual(['--', '/usr/bin/python3.11', '-s', '-c', 'pass']);
  });

  it('refuses root and malformed uids, relative paths and an empty command', () => {
    expect(() => buildSandboxArgv({ ...command, uid: 0 })).toThrow(/uid/);
    expect(() => buildSandboxArgv({ ...command, uid: 1.5 })).toThrow(/uid/);
    expect(() =>
      buildSandboxArgv({ ...command, binds: [{ host: 'relative', sandbox: '/x' }] }),
    ).toThrow(/absolute/);
    expect(() => buildSandboxArgv({ ...command, cwd: 'work' })).toThrow(/absolute/);
    expect(() => buildSandboxArgv({ ...command, command: [] })).toThrow(/empty/);
  });
});
