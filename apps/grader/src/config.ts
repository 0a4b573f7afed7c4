import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { envVar } from '@threadlab/contracts';
import { z } from 'zod';
import { ConfigError } from './errors.js';

export interface GraderConfig {
  /** The interpreter to run inside the sandbox (resolved further by python-runtime.ts). */
  python: string;
  /** packages/threadcheck: the folder holding the `threadcheck` Python package. */
  threadcheckDir: string;
  /** The unprivileged uid the sandbox runs as; never 0, or NPROC would not be enforced. */
  sandboxUid: number;
  /** Undefined: @threadlab/exercises finds exercises/ at the workspace root. */
  exercisesDir: string | undefined;
  /** Where per-run work folders are created; must be reachable by the sandbox uid. */
  tmpDir: string;
}

/** Debian's interpreter: under /usr, which the sandbox binds anyway. */
const SYSTEM_PYTHON = '/usr/bin/python3';

// apps/grader/src (or dist) → the workspace root: the same depth from both.
const WORKSPACE_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

const optionalText = envVar(z.string().optional());

const envSchema = z.object({
  PYTHON: optionalText,
  THREADCHECK_DIR: optionalText,
  SANDBOX_UID: envVar(
    z.coerce
      .number()
      .int()
      .min(1, 'must not be 0: root ignores RLIMIT_NPROC')
      .max(2 ** 32 - 2)
      .default(65534),
  ),
  EXERCISES_DIR: optionalText,
  GRADER_TMP: optionalText,
});

/** Validates the grader's environment once; relative paths are taken from the working directory. */
export function loadConfig(env: Record<string, string | undefined> = process.env): GraderConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(`invalid grader environment:\n${z.prettifyError(parsed.error)}`);
  }
  const values = parsed.data;
  const python = values.PYTHON ?? (existsSync(SYSTEM_PYTHON) ? SYSTEM_PYTHON : undefined);
  if (python === undefined) {
    throw new ConfigError(`no Python interpreter: ${SYSTEM_PYTHON} does not exist; set PYTHON`);
  }
  const threadcheckDir = resolve(
    values.THREADCHECK_DIR ?? resolve(WORKSPACE_ROOT, 'packages/threadcheck'),
  );
  const tmpDir = resolve(values.GRADER_TMP ?? tmpdir());
  if (!existsSync(join(threadcheckDir, 'threadcheck'))) {
    throw new ConfigError(`THREADCHECK_DIR: ${threadcheckDir} holds no threadcheck/ package`);
  }
  if (!existsSync(tmpDir)) throw new ConfigError(`GRADER_TMP: ${tmpDir} does not exist`);
  return {
    python,
    threadcheckDir,
    sandboxUid: values.SANDBOX_UID,
    exercisesDir: values.EXERCISES_DIR === undefined ? undefined : resolve(values.EXERCISES_DIR),
    tmpDir,
  };
}

let processConfig: GraderConfig | undefined;

/** The configuration of this process, read from process.env on first use. */
export function getConfig(): GraderConfig {
  processConfig ??= loadConfig();
  return processConfig;
}
