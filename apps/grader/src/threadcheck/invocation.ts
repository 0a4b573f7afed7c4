import { join } from 'node:path';
import { pythonBinds, type PythonRuntime } from '../python-runtime.js';
import { RESULT_FD, type SandboxCommand } from '../sandbox/argv.js';
import type { SandboxLimits } from '../sandbox/limits.js';

// How threadcheck is started inside the sandbox, exactly as docs/grader-protocol.md fixes it.

/** The run's folder (solution.py, checks.py, policy.json), read-only inside. */
export const SANDBOX_WORK_DIR = '/sandbox/work';
/** On PYTHONPATH; holds the `threadcheck` package, read-only. */
const SANDBOX_THREADCHECK_ROOT = '/opt/threadcheck';

const THREADCHECK_ENV = {
  PYTHONPATH: SANDBOX_THREADCHECK_ROOT,
  PYTHONHASHSEED: '0',
  PYTHONDONTWRITEBYTECODE: '1',
  PYTHONIOENCODING: 'utf-8',
  LANG: 'C.UTF-8',
  // glibc reserves a 64 MiB malloc arena per thread; under the address-space limit that
  // would stop thread creation long before the exercise's thread limit.
  MALLOC_ARENA_MAX: '2',
} as const;

export interface ThreadcheckSandbox {
  python: PythonRuntime;
  /** packages/threadcheck; only its `threadcheck/` package is mounted. */
  threadcheckDir: string;
  /** The host folder mounted at /sandbox/work. */
  workDir: string;
  uid: number;
  limits: SandboxLimits;
}

export interface ThreadcheckRunArgs {
  seed?: number;
  replay?: string;
  /** `run` grades solution.py with checks.py; `outputs` grades answer.txt against program.py. */
  mode?: 'run' | 'outputs';
  /** The CPU threadcheck pins itself to (THREADCHECK_CPU, see sandbox/cpu-slots.ts). */
  cpu?: number;
}

/**
 * `python3 -s -m threadcheck run --dir /sandbox/work --result-fd 3 [--seed N] [--replay TOKEN]`,
 * or `outputs` instead of `run` for a possible-outputs answer (no replay: its search is
 * exhaustive).
 */
export function threadcheckRunCommand(
  sandbox: ThreadcheckSandbox,
  args: ThreadcheckRunArgs,
): SandboxCommand {
  const mode = args.mode ?? 'run';
  const env: Record<string, string> =
    args.cpu === undefined ? {} : { THREADCHECK_CPU: String(args.cpu) };
  return threadcheckSandboxCommand(sandbox, env, [
    '-s',
    '-m',
    'threadcheck',
    mode,
    '--dir',
    SANDBOX_WORK_DIR,
    '--result-fd',
    String(RESULT_FD),
    ...(args.seed === undefined ? [] : ['--seed', String(args.seed)]),
    ...(args.replay === undefined || mode === 'outputs' ? [] : ['--replay', args.replay]),
  ]);
}

/** Only imports threadcheck, in the very sandbox a run gets: proves the set-up works. */
export function threadcheckImportCommand(sandbox: ThreadcheckSandbox): SandboxCommand {
  return threadcheckSandboxCommand(sandbox, {}, ['-s', '-c', 'import threadcheck']);
}

function threadcheckSandboxCommand(
  sandbox: ThreadcheckSandbox,
  extraEnv: Record<string, string>,
  pythonArgs: string[],
): SandboxCommand {
  return {
    hostPython: sandbox.python.executable,
    uid: sandbox.uid,
    limits: sandbox.limits,
    binds: [
      ...pythonBinds(sandbox.python),
      {
        host: join(sandbox.threadcheckDir, 'threadcheck'),
        sandbox: `${SANDBOX_THREADCHECK_ROOT}/threadcheck`,
      },
      { host: sandbox.workDir, sandbox: SANDBOX_WORK_DIR },
    ],
    // Read-only and holding only the run's files: `-m` puts the working directory first
    // on sys.path, so it must be somewhere the submission cannot plant modules.
    cwd: SANDBOX_WORK_DIR,
    env: { ...THREADCHECK_ENV, ...extraEnv },
    command: [sandbox.python.executable, ...pythonArgs],
  };
}
