import type { SandboxLimits } from './limits.js';

/** A host path made visible, read-only, inside the sandbox. */
export interface ReadOnlyBind {
  host: string;
  sandbox: string;
}

/** One program to run in the sandbox, with everything it may see. */
export interface SandboxCommand {
  /**
   * A trusted interpreter on the host (the grader's Python) that first closes every file
   * descriptor above the sandbox's own: Node passes on whatever the grader inherited without
   * close-on-exec, and bwrap would hand it to the submission.
   */
  hostPython: string;
  /** Unprivileged uid (and gid) to run as: rlimits, NPROC above all, do not bind root. */
  uid: number;
  limits: SandboxLimits;
  /** Besides /usr, which every run gets. */
  binds: readonly ReadOnlyBind[];
  cwd: string;
  /** The whole environment inside: nothing of the grader's leaks in. */
  env: Readonly<Record<string, string>>;
  /** The program (a path inside the sandbox) and its arguments. */
  command: readonly string[];
}

// The sandbox's file descriptors beyond stdio (run-sandbox.ts opens a pipe on each).
/** The result channel (docs/grader-protocol.md): the only output the grader trusts. */
export const RESULT_FD = 3;
/** bwrap writes its child's pid and namespace ids here, so the grader can find every process. */
export const INFO_FD = 4;

/** Run by `hostPython`: close fds above INFO_FD, then exec the rest of argv. */
export const CLOSE_INHERITED_FDS = `import os, sys; os.closerange(${INFO_FD + 1}, os.sysconf("SC_OPEN_MAX")); os.execvp(sys.argv[1], sys.argv[1:])`;

/**
 * The argv that runs `command` sandboxed:
 *
 * - `hostPython` closes inherited file descriptors beyond 0-4;
 * - `setpriv` drops to the sandbox uid first, so that the rlimits bite and bwrap runs
 *   unprivileged (it then needs, and gets, only a user namespace);
 * - `prlimit` sets the rlimits, inherited by everything below it;
 * - `bwrap` unshares every namespace (no network, its own pid namespace whose init takes
 *   every process down with it), mounts /usr, the binds and a sized private /tmp, clears the
 *   environment, keeps everything but /tmp read-only, forbids nested user namespaces and starts a new session (no TIOCSTI onto
 *   the grader's terminal). `--die-with-parent` ties its life to the grader's.
 *
 * Pure, so the exact confinement is visible in one place and tested.
 */
export function buildSandboxArgv(spec: SandboxCommand): string[] {
  const { uid, limits } = spec;
  if (!Number.isInteger(uid) || uid <= 0)
    throw new Error(`sandbox uid must be a positive integer, not ${uid}`);
  for (const path of [spec.cwd, ...spec.binds.flatMap((bind) => [bind.host, bind.sandbox])]) {
    if (!path.startsWith('/')) throw new Error(`sandbox paths must be absolute: ${path}`);
  }
  const [program] = spec.command;
  if (program === undefined) throw new Error('sandbox command is empty');

  return [
    spec.hostPython,
    '-I',
    '-S',
    '-c',
    CLOSE_INHERITED_FDS,
    'setpriv',
    `--reuid=${uid}`,
    `--regid=${uid}`,
    '--clear-groups',
    '--no-new-privs',
    '--',
    'prlimit',
    // The soft limit sends SIGXCPU; the hard one, a second later, SIGKILL for a program
    // that ignores SIGXCPU.
    `--cpu=${limits.cpuTimeS}:${limits.cpuTimeS + 1}`,
    `--as=${limits.memoryBytes}`,
    `--nproc=${limits.processes}`,
    `--fsize=${limits.fileSizeBytes}`,
    `--nofile=${limits.openFiles}`,
    '--',
    'bwrap',
    '--unshare-all',
    // Implied by --unshare-all for an unprivileged bwrap, but --disable-userns needs it spelt out.
    '--unshare-user',
    '--disable-userns',
    '--die-with-parent',
    '--new-session',
    '--clearenv',
    '--hostname',
    'sandbox',
    ...['--ro-bind', '/usr', '/usr'],
    ...['--symlink', 'usr/lib', '/lib'],
    ...['--symlink', 'usr/lib64', '/lib64'],
    ...['--symlink', 'usr/bin', '/bin'],
    ...['--proc', '/proc'],
    ...['--dev', '/dev'],
    ...['--size', String(limits.tmpfsBytes), '--tmpfs', '/tmp'],
    ...spec.binds.flatMap((bind) => ['--ro-bind', bind.host, bind.sandbox]),
    // bwrap builds the root and /dev on unbounded tmpfs owned by the sandbox uid: once the
    // mount points exist, make them read-only, or a submission could fill the host's memory.
    // (Devices such as /dev/null stay writable on a read-only mount.)
    ...['--remount-ro', '/dev'],
    ...['--remount-ro', '/'],
    ...['--chdir', spec.cwd],
    ...Object.keys(spec.env)
      .sort()
      .flatMap((name) => ['--setenv', name, spec.env[name] as string]),
    ...['--info-fd', String(INFO_FD)],
    '--',
    ...spec.command,
  ];
}
