import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ExercisesRootNotFoundError } from './errors.js';

export interface ExercisesRootOptions {
  /** An explicit exercises folder; wins over everything else. */
  root?: string;
  /** Where EXERCISES_DIR is read from (tests pass their own). */
  env?: Record<string, string | undefined>;
  /** Where the walk up to the workspace root starts; this package's folder by default. */
  searchFrom?: string;
}

/** The file that marks the repository root of the pnpm workspace. */
const WORKSPACE_MARKER = 'pnpm-workspace.yaml';

/**
 * The folder holding `<section>/<slug>/` exercise folders: `root` if given, else
 * EXERCISES_DIR (relative to the working directory), else `exercises/` at the workspace
 * root found by walking up from this package, so it works from src/ and dist/ alike.
 */
export function resolveExercisesRoot(options: ExercisesRootOptions = {}): string {
  const env = options.env ?? process.env;
  const explicit = options.root ?? nonEmpty(env.EXERCISES_DIR);
  if (explicit !== undefined) {
    const root = resolve(explicit);
    if (!isDirectory(root)) throw new ExercisesRootNotFoundError([root]);
    return root;
  }
  const here = options.searchFrom ?? dirname(fileURLToPath(import.meta.url));
  const workspaceRoot = findUp(here, WORKSPACE_MARKER);
  const root = workspaceRoot === undefined ? undefined : join(workspaceRoot, 'exercises');
  if (root === undefined || !isDirectory(root)) {
    throw new ExercisesRootNotFoundError([
      'EXERCISES_DIR (unset)',
      root ?? `a ${WORKSPACE_MARKER} above ${here}`,
    ]);
  }
  return root;
}

function findUp(start: string, marker: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, marker))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
