import type { ExerciseManifest } from '@threadlab/contracts';

/** Everything the sandbox enforces on one run, in the units the enforcing tool takes. */
export interface SandboxLimits {
  /** Grader-side timer; the whole process group is killed when it fires. */
  wallTimeMs: number;
  /** RLIMIT_CPU: SIGXCPU at this many seconds, SIGKILL one second later. */
  cpuTimeS: number;
  /** RLIMIT_AS. */
  memoryBytes: number;
  /**
   * RLIMIT_NPROC. Linux counts threads, and every task of the sandbox uid on the host (the
   * bwrap monitor and init included), so this must cover the submission's threads plus a few.
   */
  processes: number;
  /** RLIMIT_FSIZE: the largest file the run may write (only /tmp is writable). */
  fileSizeBytes: number;
  /** RLIMIT_NOFILE. */
  openFiles: number;
  /** stdout and stderr together; the run is killed when it prints more. */
  outputBytes: number;
  /** Size of the private /tmp (tmpfs takes host memory, so it is bounded too). */
  tmpfsBytes: number;
}

// Not in the manifest: no exercise needs more, and raising them gives a submission more of
// the host. threadcheck's own threads use no file descriptors.
const OPEN_FILES = 64;
const TMPFS_BYTES = 16 * 1024 * 1024;

/** The production limits of an exercise; the CLI and the worker use exactly these. */
export function sandboxLimitsFromManifest(limits: ExerciseManifest['limits']): SandboxLimits {
  return {
    wallTimeMs: limits.wallTimeMs,
    cpuTimeS: limits.cpuTimeS,
    memoryBytes: limits.memoryMb * 1024 * 1024,
    processes: limits.processes,
    fileSizeBytes: limits.fileSizeKb * 1024,
    openFiles: OPEN_FILES,
    outputBytes: limits.outputKb * 1024,
    tmpfsBytes: TMPFS_BYTES,
  };
}
