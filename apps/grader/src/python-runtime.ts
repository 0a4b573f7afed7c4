import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { oncePerKey } from './once-per-key.js';
import type { ReadOnlyBind } from './sandbox/argv.js';

export interface PythonRuntime {
  /** The interpreter binary, symlinks resolved: the same path inside the sandbox. */
  executable: string;
  /** `sys.base_prefix`, symlinks resolved: the standard library lives under it. */
  prefix: string;
  version: readonly [major: number, minor: number];
}

/** threadcheck's floor (scripts/setup.sh checks the same). */
const MINIMUM_VERSION = [3, 11] as const;

// -I: ignore PYTHON* variables and the user's site; -S: no site module. Only the facts
// needed to mount the interpreter into the sandbox. A venv's python resolves to its base.
const PROBE = [
  'import json, os, sys',
  'print(json.dumps({"executable": os.path.realpath(sys.executable),',
  '  "prefix": os.path.realpath(sys.base_prefix), "version": list(sys.version_info[:2])}))',
].join('\n');

const probeOutput = z.object({
  executable: z.string().startsWith('/'),
  prefix: z.string().startsWith('/'),
  version: z.tuple([z.int(), z.int()]),
});

const resolved = oncePerKey<PythonRuntime>();

/** Asks the interpreter where it lives, once per process and interpreter. */
export function resolvePythonRuntime(python: string): Promise<PythonRuntime> {
  return resolved(python, () => probe(python));
}

async function probe(python: string): Promise<PythonRuntime> {
  let stdout: string;
  try {
    ({ stdout } = await promisify(execFile)(python, ['-I', '-S', '-c', PROBE], {
      timeout: 10_000,
    }));
  } catch (error) {
    throw new ConfigError(
      `cannot run the Python interpreter ${python}: ${(error as Error).message}`,
    );
  }
  const parsed = probeOutput.safeParse(parseJsonOrUndefined(stdout));
  if (!parsed.success) throw new ConfigError(`unexpected answer from ${python}: ${stdout.trim()}`);
  const { executable, prefix, version } = parsed.data;
  if (
    version[0] < MINIMUM_VERSION[0] ||
    (version[0] === MINIMUM_VERSION[0] && version[1] < MINIMUM_VERSION[1])
  ) {
    throw new ConfigError(
      `${python} is Python ${version.join('.')}; threadcheck needs ${MINIMUM_VERSION.join('.')} or later`,
    );
  }
  if (!isWithin(executable, '/usr') && !isWithin(executable, prefix)) {
    throw new ConfigError(
      `${python} runs ${executable}, outside its prefix ${prefix}: cannot mount it in the sandbox`,
    );
  }
  return { executable, prefix, version };
}

/**
 * What the sandbox must mount besides /usr for this interpreter: its prefix, read-only, at
 * the same path (e.g. a pyenv build under /opt). Debian's python3 needs nothing more.
 */
export function pythonBinds(runtime: PythonRuntime): ReadOnlyBind[] {
  return isWithin(runtime.prefix, '/usr')
    ? []
    : [{ host: runtime.prefix, sandbox: runtime.prefix }];
}

function parseJsonOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : `${dir}/`);
}
