import { readdir, readFile, readlink } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { SandboxError } from '../errors.js';

// Finding and killing every process of one sandbox. The grader spawns bwrap detached, so
// bwrap's monitor leads its own process group; everything inside lives in bwrap's pid
// namespace, in a session of its own (--new-session), so the group alone does not reach it.
// The namespace is what identifies them: bwrap reports its inode on the info fd.

/** The part of bwrap's --info-fd JSON the grader uses. */
export interface BwrapInfo {
  /** The namespace's init (bwrap's reaper), as a pid of the grader's namespace. */
  childPid: number;
  pidNamespace: number;
}

const bwrapInfoSchema = z.looseObject({
  'child-pid': z.int().min(1),
  'pid-namespace': z.int().min(1),
});

/**
 * Parses what bwrap wrote to the info fd, or undefined while it is incomplete. bwrap writes
 * it before the sandboxed program starts and closes the fd in the sandbox, so it is
 * trustworthy.
 */
export function parseBwrapInfo(text: string): BwrapInfo | undefined {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return undefined;
  }
  const info = bwrapInfoSchema.safeParse(json);
  return info.success
    ? { childPid: info.data['child-pid'], pidNamespace: info.data['pid-namespace'] }
    : undefined;
}

/** SIGKILL to a whole process group; a group that is already gone is fine. */
export function killProcessGroup(pgid: number): void {
  signalIgnoringMissing(-pgid, 'SIGKILL');
}

/** Live (not zombie) processes in a pid namespace, found through /proc. */
export async function processesInPidNamespace(pidNamespace: number): Promise<number[]> {
  const link = `pid:[${pidNamespace}]`;
  const pids = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  const inNamespace = await Promise.all(
    pids.map(async (pid) => {
      try {
        // A zombie keeps its namespace link but can no longer run or hold anything.
        return (await readlink(`/proc/${pid}/ns/pid`)) === link && !(await isZombie(pid));
      } catch {
        return false; // exited meanwhile
      }
    }),
  );
  return pids.filter((_, index) => inNamespace[index]).map(Number);
}

/** SIGKILL to every live process of the namespace (its init first: the kernel then kills the rest). */
export async function killPidNamespace(info: BwrapInfo): Promise<void> {
  const pids = await processesInPidNamespace(info.pidNamespace);
  for (const pid of [...pids].sort((a, b) =>
    a === info.childPid ? -1 : b === info.childPid ? 1 : 0,
  )) {
    signalIgnoringMissing(pid, 'SIGKILL');
  }
}

/**
 * Kills whatever is left of a run and proves nothing survived: neither the process group
 * nor any process in the sandbox's pid namespace. Throws a SandboxError if something
 * outlives `timeoutMs`, since a process left behind would keep running the submission.
 */
export async function ensureSandboxGone(
  pgid: number,
  info: BwrapInfo | undefined,
  timeoutMs = 2000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    killProcessGroup(pgid);
    const survivors = info === undefined ? [] : await processesInPidNamespace(info.pidNamespace);
    const groupAlive = isGroupAlive(pgid);
    if (!groupAlive && survivors.length === 0) return;
    if (info !== undefined) await killPidNamespace(info);
    if (Date.now() > deadline) {
      const what = [
        groupAlive ? `process group ${pgid}` : '',
        survivors.length > 0 ? `pids ${survivors.join(' ')}` : '',
      ]
        .filter(Boolean)
        .join(', ');
      throw new SandboxError(`sandbox processes survived the run: ${what}`);
    }
    await sleep(10);
  }
}

function isGroupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}

async function isZombie(pid: string): Promise<boolean> {
  const stat = await readFile(`/proc/${pid}/stat`, 'latin1');
  // "pid (comm) state ...": comm may hold spaces and parentheses, so look after the last ')'.
  const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
  return state === 'Z' || state === 'X';
}

function signalIgnoringMissing(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
