import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxError } from '../errors.js';
import { gradeBodyFromRun } from '../grading/run-verdict.js';
import { pythonBinds, resolvePythonRuntime, type PythonRuntime } from '../python-runtime.js';
import { buildSandboxArgv } from './argv.js';
import { createChannelKey, ResultChannelReader } from './channel.js';
import type { SandboxLimits } from './limits.js';
import { exitStatusEnding, runSandbox, type ResultChannelSink } from './run-sandbox.js';

// The sandbox itself, with tiny Python programs instead of threadcheck. These tests need
// root, bwrap, setpriv and prlimit, as the grader does.

// A uid of its own: NPROC counts every task of a uid on the host, so a fork bomb here must
// not eat the budget of a concurrent grading test (and vice versa).
const TEST_UID = 61_234;

const LIMITS: SandboxLimits = {
  wallTimeMs: 10_000,
  cpuTimeS: 10,
  memoryBytes: 256 * 1024 * 1024,
  processes: 16,
  fileSizeBytes: 1024 * 1024,
  openFiles: 64,
  outputBytes: 64 * 1024,
  tmpfsBytes: 4 * 1024 * 1024,
};

let python: PythonRuntime;
let programs: string;
let programCount = 0;

beforeAll(async () => {
  python = await resolvePythonRuntime(process.env.PYTHON || '/usr/bin/python3');
  programs = await mkdtemp(join(tmpdir(), 'sandbox-test-'));
  await chmod(programs, 0o755);
});
afterAll(async () => {
  await rm(programs, { recursive: true, force: true });
});

interface RunOptions {
  limits?: Partial<SandboxLimits>;
  stdin?: string;
  resultChannel?: ResultChannelSink;
  signal?: AbortSignal;
}

async function runProgram(source: string, options: RunOptions = {}) {
  const file = join(programs, `program-${(programCount += 1)}.py`);
  await writeFile(file, source);
  await chmod(file, 0o644);
  const limits = { ...LIMITS, ...options.limits };
  const argv = buildSandboxArgv({
    hostPython: python.executable,
    uid: TEST_UID,
    limits,
    binds: [...pythonBinds(python), { host: programs, sandbox: '/sandbox/work' }],
    cwd: '/sandbox/work',
    env: { LANG: 'C.UTF-8', PYTHONIOENCODING: 'utf-8', PYTHONDONTWRITEBYTECODE: '1' },
    command: [python.executable, '-s', `/sandbox/work/${basename(file)}`],
  });
  const outcome = await runSandbox({
    argv,
    stdin: options.stdin ?? '',
    wallTimeMs: limits.wallTimeMs,
    outputLimitBytes: limits.outputBytes,
    resultChannel: options.resultChannel,
    signal: options.signal,
  });
  return { ...outcome, text: outcome.output.toString('utf8') };
}

/** Live processes of the test uid anywhere on the host: none may outlive a run. */
async function processesOfTestUid(): Promise<number[]> {
  const found: number[] = [];
  for (const pid of (await readdir('/proc')).filter((name) => /^\d+$/.test(name))) {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const uid = /^Uid:\s+(\d+)/m.exec(status)?.[1];
      const state = /^State:\s+(\w)/m.exec(status)?.[1];
      if (uid === String(TEST_UID) && state !== 'Z' && state !== 'X') found.push(Number(pid));
    } catch {
      // exited meanwhile
    }
  }
  return found;
}

// Generous: several runs wait for a wall-time limit, and test files run side by side.
describe('runSandbox', { timeout: 15_000 }, () => {
  it('runs as the sandbox uid with only the given environment and the stdin line', async () => {
    const run = await runProgram(
      [
        'import os, sys',
        'print(os.getuid(), os.getgid(), os.getgroups())',
        'print(sorted(os.environ))',
        'print(repr(sys.stdin.readline()), repr(sys.stdin.read()))',
      ].join('\n'),
      { stdin: 'secret-key\n' },
    );
    expect(run.ending).toEqual({ type: 'exited', code: 0 });
    expect(run.text.split('\n')).toEqual([
      `${TEST_UID} ${TEST_UID} []`,
      "['LANG', 'PWD', 'PYTHONDONTWRITEBYTECODE', 'PYTHONIOENCODING']",
      "'secret-key\\n' ''",
      '',
    ]);
  });

  it('has no network', async () => {
    const run = await runProgram(
      [
        'import socket',
        'print([name for _, name in socket.if_nameindex()])',
        'try:',
        '    socket.create_connection(("1.1.1.1", 80), timeout=2)',
        '    print("connected")',
        'except OSError as error:',
        '    print("no route", error.errno)',
      ].join('\n'),
    );
    expect(run.text).toBe("['lo']\nno route 101\n");
  });

  it('sees only /usr, its own binds and fresh /proc, /dev and /tmp; nothing is writable but /tmp', async () => {
    const run = await runProgram(
      [
        'import os',
        'print(sorted(os.listdir("/")))',
        'print([p for p in ("/work", "/root", "/home", "/etc/passwd", "/var") if os.path.exists(p)])',
        'print(sorted(os.listdir("/proc/self/fd")))',
        'open("/dev/null", "w").write("devices stay writable")',
        'for path in ("/sandbox/work/x", "/usr/x", "/x", "/dev/x", "/dev/shm/x", "/proc/x"):',
        '    try:',
        '        open(path, "w")',
        '        print("wrote", path)',
        '    except OSError as error:',
        '        print("refused", path, error.errno)',
      ].join('\n'),
    );
    const [root, visible, fds, ...writes] = run.text.trim().split('\n');
    expect(root).toBe("['bin', 'dev', 'lib', 'lib64', 'proc', 'sandbox', 'tmp', 'usr']");
    expect(visible).toBe('[]');
    // stdin, stdout, stderr, the result channel, and the fd of the listing itself.
    expect(fds).toBe("['0', '1', '2', '3', '4']");
    expect(writes.filter((line) => !line.startsWith('refused'))).toEqual([]);
    expect(writes).toHaveLength(6);
  });

  it('gives a private, size-limited /tmp and enforces the file-size limit', async () => {
    const marker = `threadlab-marker-${randomBytes(6).toString('hex')}`;
    const run = await runProgram(
      [
        'import os',
        'print(os.listdir("/tmp"))',
        `open("/tmp/${marker}", "w").write("x")`,
        'def fill(path, size):',
        '    try:',
        '        with open(path, "wb") as f:',
        '            f.write(b"x" * size)',
        '        return "ok"',
        '    except OSError as error:',
        '        return error.errno',
        'print("fsize", fill("/tmp/big", 2 * 1024 * 1024))',
        'os.remove("/tmp/big")',
        'parts = 0',
        'while (status := fill(f"/tmp/part{parts}", 512 * 1024)) == "ok":',
        '    parts += 1',
        'print("tmpfs", parts, status)',
      ].join('\n'),
    );
    const [listing, fsize, tmpfs] = run.text.trim().split('\n');
    expect(listing).toBe('[]');
    expect(existsSync(join(tmpdir(), marker))).toBe(false);
    expect(fsize).toBe('fsize 27'); // EFBIG: the file-size rlimit (Python ignores SIGXFSZ)
    // ENOSPC once the 4 MB tmpfs is full: 8 parts of 512 KB, less the filesystem's own.
    const [, parts, errno] = (tmpfs ?? '').split(' ');
    expect(errno).toBe('28');
    expect(Number(parts)).toBeGreaterThanOrEqual(6);
    expect(Number(parts)).toBeLessThan(8);
  });

  it('contains a fork bomb with NPROC and leaves no process behind', async () => {
    const run = await runProgram(
      [
        'import os, time',
        'forked = 0',
        'try:',
        '    while True:',
        '        if os.fork() == 0:',
        '            time.sleep(60)',
        '            os._exit(0)',
        '        forked += 1',
        'except OSError as error:',
        '    print(forked, error.errno)',
      ].join('\n'),
    );
    const [forked, errno] = run.text.trim().split(' ').map(Number);
    expect(errno).toBe(11); // EAGAIN
    expect(forked).toBeLessThan(LIMITS.processes);
    expect(run.ending).toEqual({ type: 'exited', code: 0 });
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('kills an exponential fork bomb at wall time and leaves no process behind', async () => {
    const run = await runProgram(
      [
        'import os',
        'while True:',
        '    try:',
        '        os.fork()',
        '    except OSError:',
        '        pass',
      ].join('\n'),
      { limits: { wallTimeMs: 1500 } },
    );
    expect(run.ending).toEqual({ type: 'wall-time' });
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('stops a memory hog at the address-space limit', async () => {
    const run = await runProgram(
      [
        'blocks = []',
        'try:',
        '    while True:',
        '        blocks.append(bytearray(8 * 1024 * 1024))',
        'except MemoryError:',
        '    print(len(blocks) * 8, flush=True)',
        '    raise',
      ].join('\n'),
      { limits: { memoryBytes: 128 * 1024 * 1024 } },
    );
    expect(Number(run.text.split('\n')[0])).toBeLessThan(128);
    expect(run.ending).toEqual({ type: 'exited', code: 1 });
  });

  it('reports a stack overflow as a kill by SIGSEGV', async () => {
    const run = await runProgram(
      // Python 3.11 calls Python functions without C recursion; repr of a deep list recurses in C.
      [
        'import sys',
        'sys.setrecursionlimit(10**9)',
        'deep = []',
        'for _ in range(10**6):',
        '    deep = [deep]',
        'repr(deep)',
      ].join('\n'),
    );
    expect(run.ending).toEqual({ type: 'killed', signal: 'SIGSEGV' });
  });

  it('kills an infinite loop at wall time, with its children and threads, and leaves nothing behind', async () => {
    const run = await runProgram(
      [
        'import os, threading',
        'for _ in range(3):',
        '    if os.fork() == 0:',
        '        while True: pass',
        'threading.Thread(target=lambda: os.system("sleep 60")).start()',
        'while True: pass',
      ].join('\n'),
      { limits: { wallTimeMs: 1000, cpuTimeS: 60 } },
    );
    expect(run.ending).toEqual({ type: 'wall-time' });
    expect(run.elapsedMs).toBeGreaterThanOrEqual(1000);
    expect(run.elapsedMs).toBeLessThan(4000);
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('stops a program at the CPU-time limit with SIGXCPU', async () => {
    const run = await runProgram('while True: pass\n', { limits: { cpuTimeS: 1 } });
    expect(run.ending).toEqual({ type: 'killed', signal: 'SIGXCPU' });
    expect(run.elapsedMs).toBeLessThan(5000);
  });

  it('kills a flood on stdout at the output cap', async () => {
    const run = await runProgram('while True:\n    print("x" * 1000)\n');
    expect(run.ending).toEqual({ type: 'output-limit' });
    expect(run.output.length).toBe(LIMITS.outputBytes);
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('counts stdout and stderr together against the output cap', async () => {
    const run = await runProgram(
      // 40 KB on each stream: neither alone exceeds the 64 KB cap, both together do.
      [
        'import sys, time',
        'print("o" * 40_000, flush=True)',
        'print("e" * 40_000, file=sys.stderr, flush=True)',
        'time.sleep(60)',
      ].join('\n'),
    );
    expect(run.ending).toEqual({ type: 'output-limit' });
    expect(run.output.length).toBe(LIMITS.outputBytes);
    expect(run.elapsedMs).toBeLessThan(LIMITS.wallTimeMs);
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('delivers an authentic result written to fd 3 with the key from stdin', async () => {
    const key = createChannelKey();
    const channel = new ResultChannelReader(key.key);
    const run = await runProgram(resultWriter('bytes.fromhex(sys.stdin.readline().strip())'), {
      stdin: key.stdinLine,
      resultChannel: channel,
    });
    expect(run.ending).toEqual({ type: 'exited', code: 0 });
    const body = gradeBodyFromRun({ ...run, channel: channel.report() }, limitsOfManifest);
    expect(body.verdict).toBe('pass');
  });

  it('rejects a result signed without the key as tampering', async () => {
    const key = createChannelKey();
    const channel = new ResultChannelReader(key.key);
    const run = await runProgram(resultWriter('b"guessed" * 4'), {
      stdin: key.stdinLine,
      resultChannel: channel,
    });
    expect(channel.report()).toEqual({ status: 'tampered', reason: 'a line with a bad HMAC' });
    expect(
      gradeBodyFromRun({ ...run, channel: channel.report() }, limitsOfManifest).failures[0]?.kind,
    ).toBe('exception');
  });

  it('grades an exit without a result as an exception', async () => {
    const key = createChannelKey();
    const channel = new ResultChannelReader(key.key);
    const run = await runProgram('print("bye")\n', {
      stdin: key.stdinLine,
      resultChannel: channel,
    });
    expect(run.ending).toEqual({ type: 'exited', code: 0 });
    expect(channel.report()).toEqual({ status: 'silent' });
    const body = gradeBodyFromRun({ ...run, channel: channel.report() }, limitsOfManifest);
    expect(body.failures[0]?.kind).toBe('exception');
    expect(body.failures[0]?.message).toContain('ended before grading finished');
  });

  it('kills the run when aborted and rejects with the reason', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('shutting down')), 300);
    await expect(runProgram('while True: pass\n', { signal: controller.signal })).rejects.toThrow(
      'shutting down',
    );
    expect(await processesOfTestUid()).toEqual([]);
  });

  it('fails with a SandboxError when the sandbox cannot be started', async () => {
    await expect(
      runSandbox({
        argv: ['/nonexistent/bwrap'],
        stdin: '',
        wallTimeMs: 1000,
        outputLimitBytes: 1024,
      }),
    ).rejects.toBeInstanceOf(SandboxError);
  });
});

describe('exitStatusEnding', () => {
  it('reads bwrap statuses above 128 as the signal that killed the program', () => {
    expect(exitStatusEnding(152)).toEqual({ type: 'killed', signal: 'SIGXCPU' });
    expect(exitStatusEnding(137)).toEqual({ type: 'killed', signal: 'SIGKILL' });
    expect(exitStatusEnding(139)).toEqual({ type: 'killed', signal: 'SIGSEGV' });
  });

  it('keeps ordinary statuses, and numbers that are no signal, as exits', () => {
    expect(exitStatusEnding(0)).toEqual({ type: 'exited', code: 0 });
    expect(exitStatusEnding(1)).toEqual({ type: 'exited', code: 1 });
    expect(exitStatusEnding(128)).toEqual({ type: 'exited', code: 128 });
    expect(exitStatusEnding(255)).toEqual({ type: 'exited', code: 255 });
  });
});

const limitsOfManifest = {
  wallTimeMs: LIMITS.wallTimeMs,
  cpuTimeS: LIMITS.cpuTimeS,
  memoryMb: 256,
  processes: LIMITS.processes,
  fileSizeKb: 1024,
  outputKb: 64,
  codeKb: 64,
  maxThreads: 8,
};

/** A program that signs a passing result with `keyExpression` and writes it to fd 3. */
function resultWriter(keyExpression: string): string {
  const result = JSON.stringify({
    type: 'result',
    result: { verdict: 'pass', score: 1, failures: [], stats: { schedules: 1, elapsedMs: 1 } },
  });
  return [
    'import hashlib, hmac, os, sys',
    `key = ${keyExpression}`,
    `body = ${JSON.stringify(result)}.encode()`,
    'os.write(3, hmac.new(key, body, hashlib.sha256).hexdigest().encode() + b" " + body + b"\\n")',
  ].join('\n');
}
