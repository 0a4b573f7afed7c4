import { readlink } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseBwrapInfo, processesInPidNamespace } from './sandbox-processes.js';

describe('parseBwrapInfo', () => {
  it('reads the child pid and pid namespace bwrap reports', () => {
    const info =
      '{\n    "child-pid": 7099,\n    "cgroup-namespace": 4026532182,\n    "pid-namespace": 4026532181\n}\n';
    expect(parseBwrapInfo(info)).toEqual({ childPid: 7099, pidNamespace: 4026532181 });
  });

  it('is undefined while the report is incomplete or malformed', () => {
    expect(parseBwrapInfo('')).toBeUndefined();
    expect(parseBwrapInfo('{\n    "child-pid": 7099')).toBeUndefined();
    expect(parseBwrapInfo('{"child-pid": "7099", "pid-namespace": 1}')).toBeUndefined();
  });
});

describe('processesInPidNamespace', () => {
  it('finds the processes of a namespace (here, the test runner among them)', async () => {
    const link = await readlink('/proc/self/ns/pid');
    const inode = Number(/\[(\d+)\]/.exec(link)?.[1]);
    expect(await processesInPidNamespace(inode)).toContain(process.pid);
  });

  it('finds nothing in a namespace that does not exist', async () => {
    expect(await processesInPidNamespace(1)).toEqual([]);
  });
});
