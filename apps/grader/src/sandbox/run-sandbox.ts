import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import type { Readable } from 'node:stream';
import { SandboxError } from '../errors.js';
import { INFO_FD, RESULT_FD } from './argv.js';
import {
  ensureSandboxGone,
  killPidNamespace,
  killProcessGroup,
  parseBwrapInfo,
  type BwrapInfo,
} from './sandbox-processes.js';

/** How a run ended, before anyone interprets it (grading/run-verdict.ts does that). */
export type SandboxEnding =
  /** The program exited by itself with this status. */
  | { type: 'exited'; code: number }
  /** The program (or bwrap) was killed by a signal the grader did not send. */
  | { type: 'killed'; signal: NodeJS.Signals }
  /** The grader killed it: out of wall time. */
  | { type: 'wall-time' }
  /** The grader killed it: stdout and stderr exceeded their cap. */
  | { type: 'output-limit' };

export interface SandboxOutcome {
  ending: SandboxEnding;
  /** stdout and stderr as they arrived, interleaved, at most `outputLimitBytes`. Never parsed. */
  output: Buffer;
  elapsedMs: number;
}

/** Where fd 3's bytes go. */
export interface ResultChannelSink {
  push(chunk: Buffer): void;
  end(): void;
}

export interface SandboxRunOptions {
  /** From buildSandboxArgv. */
  argv: readonly string[];
  /** Written to the program's stdin, which is then closed. */
  stdin: string;
  wallTimeMs: number;
  outputLimitBytes: number;
  /** Receives fd 3 (the result channel); without it fd 3 is read and dropped. */
  resultChannel?: ResultChannelSink;
  /** Aborting kills the run; runSandbox then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** After the program exits, how long its pipes may take to close before the rest is killed. */
const CLOSE_GRACE_MS = 2000;

/**
 * Runs one sandboxed program (argv from buildSandboxArgv) under the grader's watch: the wall
 * clock, the output cap, an abort signal. Resolves once every process of the run is gone
 * (verified, see sandbox-processes.ts); rejects with a SandboxError if bwrap cannot be
 * started or something survives.
 */
export async function runSandbox(options: SandboxRunOptions): Promise<SandboxOutcome> {
  options.signal?.throwIfAborted();
  const started = performance.now();
  const [file, ...args] = options.argv;
  if (file === undefined) throw new SandboxError('empty sandbox command');

  // detached: the monitor leads a new process group, so one kill reaches setpriv, prlimit
  // and bwrap. PATH only: the tools are found, nothing else of the grader's env is passed.
  const child = spawn(file, args, {
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe', 'pipe', 'pipe'],
    env: { PATH: '/usr/sbin:/usr/bin:/sbin:/bin' },
  });
  const stdio = child.stdio as unknown as [unknown, Readable, Readable, Readable, Readable];

  let forced: 'wall-time' | 'output-limit' | 'aborted' | undefined;
  const outputChunks: Buffer[] = [];
  let outputBytes = 0;
  let infoText = '';
  const info = (): BwrapInfo | undefined => parseBwrapInfo(infoText);

  const killAll = (): void => {
    if (child.pid === undefined) return;
    killProcessGroup(child.pid);
    const known = info();
    // The group kill already dooms the namespace (bwrap's init dies with its parent); this
    // just does not wait for it.
    if (known !== undefined) void killPidNamespace(known).catch(() => undefined);
  };
  const terminate = (why: NonNullable<typeof forced>): void => {
    forced ??= why;
    killAll();
  };

  const onOutput = (chunk: Buffer): void => {
    if (forced !== undefined) return;
    const room = options.outputLimitBytes - outputBytes;
    outputChunks.push(chunk.length > room ? chunk.subarray(0, room) : chunk);
    outputBytes += Math.min(chunk.length, room);
    if (chunk.length > room) terminate('output-limit');
  };
  stdio[1].on('data', onOutput);
  stdio[2].on('data', onOutput);
  stdio[RESULT_FD].on('data', (chunk: Buffer) => options.resultChannel?.push(chunk));
  stdio[RESULT_FD].on('end', () => options.resultChannel?.end());
  stdio[INFO_FD].setEncoding('utf8').on('data', (text: string) => {
    if (infoText.length < 64 * 1024) infoText += text;
  });
  // The program may close stdin before reading the key (EPIPE): that is its own failure.
  child.stdin?.on('error', () => undefined);
  child.stdin?.end(options.stdin);

  const wallTimer = setTimeout(() => terminate('wall-time'), options.wallTimeMs);
  const onAbort = (): void => terminate('aborted');
  options.signal?.addEventListener('abort', onAbort, { once: true });

  let closeTimer: NodeJS.Timeout | undefined;
  try {
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>(
      (resolve, reject) => {
        child.once('error', (error) =>
          reject(new SandboxError(`cannot start the sandbox (${file}): ${error.message}`)),
        );
        // Once the monitor exits its namespace is dying; pipes still open after the grace
        // period are held by something that must not live on.
        child.once('exit', () => {
          closeTimer = setTimeout(() => {
            killAll();
            for (const stream of stdio.slice(1) as Readable[]) stream.destroy();
          }, CLOSE_GRACE_MS);
        });
        child.once('close', (code, signal) => resolve({ code, signal }));
      },
    );
    if (child.pid !== undefined) await ensureSandboxGone(child.pid, info());
    if (forced === 'aborted') options.signal?.throwIfAborted();

    return {
      ending: endingOf(forced, exit.code, exit.signal),
      output: Buffer.concat(outputChunks),
      elapsedMs: Math.round(performance.now() - started),
    };
  } finally {
    clearTimeout(wallTimer);
    clearTimeout(closeTimer);
    options.signal?.removeEventListener('abort', onAbort);
  }
}

function endingOf(
  forced: 'wall-time' | 'output-limit' | 'aborted' | undefined,
  code: number | null,
  signal: NodeJS.Signals | null,
): SandboxEnding {
  if (forced === 'wall-time' || forced === 'output-limit') return { type: forced };
  if (signal !== null) return { type: 'killed', signal };
  return exitStatusEnding(code ?? 0);
}

/**
 * bwrap reports a program killed by signal N as its own exit status 128 + N (as a shell
 * does). A program can exit with such a status on purpose; it is then treated as killed,
 * which is a failure either way.
 */
export function exitStatusEnding(code: number): SandboxEnding {
  if (code > 128) {
    const signal = (Object.keys(constants.signals) as NodeJS.Signals[]).find(
      (name) => constants.signals[name] === code - 128,
    );
    if (signal !== undefined) return { type: 'killed', signal };
  }
  return { type: 'exited', code };
}
