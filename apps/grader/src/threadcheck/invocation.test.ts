import { describe, expect, it } from 'vitest';
import type { SandboxLimits } from '../sandbox/limits.js';
import {
  threadcheckImportCommand,
  threadcheckRunCommand,
  type ThreadcheckSandbox,
} from './invocation.js';

const sandbox: ThreadcheckSandbox = {
  python: { executable: '/usr/bin/python3.11', prefix: '/usr', version: [3, 11] },
  threadcheckDir: '/repo/packages/threadcheck',
  workDir: '/tmp/threadlab-grade-abc',
  uid: 65534,
  limits: {} as SandboxLimits,
};

describe('threadcheckRunCommand', () => {
  it('is the protocol command: -s -m threadcheck run on /sandbox/work, results on fd 3', () => {
    expect(threadcheckRunCommand(sandbox, {}).command).toEqual([
      '/usr/bin/python3.11',
      '-s',
      '-m',
      'threadcheck',
      'run',
      '--dir',
      '/sandbox/work',
      '--result-fd',
      '3',
    ]);
  });

  it('passes a seed and a replay token', () => {
    expect(
      threadcheckRunCommand(sandbox, { seed: 42, replay: 'tc1.0.x' }).command.slice(-4),
    ).toEqual(['--seed', '42', '--replay', 'tc1.0.x']);
  });

  it('grades a possible-outputs answer with the outputs subcommand', () => {
    expect(threadcheckRunCommand(sandbox, { seed: 7, mode: 'outputs' }).command.slice(1)).toEqual([
      '-s',
      '-m',
      'threadcheck',
      'outputs',
      '--dir',
      '/sandbox/work',
      '--result-fd',
      '3',
      '--seed',
      '7',
    ]);
  });

  it('tells threadcheck which CPU to pin itself to', () => {
    expect(threadcheckRunCommand(sandbox, { cpu: 1 }).env).toMatchObject({ THREADCHECK_CPU: '1' });
    expect(threadcheckRunCommand(sandbox, {}).env).not.toHaveProperty('THREADCHECK_CPU');
  });

  it('sets exactly the protocol environment', () => {
    expect(threadcheckRunCommand(sandbox, {}).env).toEqual({
      PYTHONPATH: '/opt/threadcheck',
      PYTHONHASHSEED: '0',
      PYTHONDONTWRITEBYTECODE: '1',
      PYTHONIOENCODING: 'utf-8',
      LANG: 'C.UTF-8',
      MALLOC_ARENA_MAX: '2',
    });
  });

  it('mounts only the threadcheck package and the work folder, and works in the read-only work folder', () => {
    const command = threadcheckRunCommand(sandbox, {});
    expect(command.binds).toEqual([
      { host: '/repo/packages/threadcheck/threadcheck', sandbox: '/opt/threadcheck/threadcheck' },
      { host: '/tmp/threadlab-grade-abc', sandbox: '/sandbox/work' },
    ]);
    expect(command.cwd).toBe('/sandbox/work');
    expect(command.uid).toBe(65534);
    expect(command.hostPython).toBe('/usr/bin/python3.11');
  });

  it('also mounts the prefix of an interpreter outside /usr', () => {
    const pyenv = {
      executable: '/opt/py/bin/python3.12',
      prefix: '/opt/py',
      version: [3, 12] as const,
    };
    const command = threadcheckRunCommand({ ...sandbox, python: pyenv }, {});
    expect(command.binds[0]).toEqual({ host: '/opt/py', sandbox: '/opt/py' });
    expect(command.command[0]).toBe('/opt/py/bin/python3.12');
  });
});

describe('threadcheckImportCommand', () => {
  it('runs in the same sandbox and only imports threadcheck', () => {
    const probe = threadcheckImportCommand(sandbox);
    const run = threadcheckRunCommand(sandbox, {});
    expect({ ...probe, command: [] }).toEqual({ ...run, command: [] });
    expect(probe.command).toEqual(['/usr/bin/python3.11', '-s', '-c', 'import threadcheck']);
  });
});
