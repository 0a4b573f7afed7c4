import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import {
  exerciseId as exerciseIdSchema,
  type ExerciseManifest,
  type FailureKind,
} from '@threadlab/contracts';
import { InvalidManifestError, MissingExerciseFilesError, UnknownExerciseError } from './errors.js';
import { resolveExercisesRoot, type ExercisesRootOptions } from './exercises-root.js';
import { readManifest } from './read-manifest.js';

const STATEMENTS = { statementRu: 'statement.ru.md', statementEn: 'statement.en.md' } as const;

/**
 * The files every exercise folder has besides its manifest, variants and alternatives, by
 * the manifest's kind. A code exercise grades solution.py with its checks.py; a
 * possible-outputs exercise grades a list of outputs (text) against every output of its
 * program.py, which the student is shown.
 */
export const EXERCISE_FILES = {
  code: { checks: 'checks.py', reference: 'reference.py', starter: 'starter.py', ...STATEMENTS },
  'possible-outputs': {
    program: 'program.py',
    reference: 'reference.txt',
    starter: 'starter.txt',
    ...STATEMENTS,
  },
} as const;

export const MANIFEST_FILE = 'exercise.json';

/** Absolute paths of an exercise's fixed files; `checks` or `program` by its kind. */
export interface ExercisePaths {
  reference: string;
  starter: string;
  statementRu: string;
  statementEn: string;
  checks?: string;
  program?: string;
}

export interface ExerciseVariant {
  /** As written in the manifest, relative to the exercise folder. */
  file: string;
  /** Absolute path. */
  path: string;
  expect: FailureKind;
  description: string;
}

export interface ExerciseAlternative {
  /** As written in the manifest, relative to the exercise folder. */
  file: string;
  /** Absolute path. */
  path: string;
  description: string;
}

export interface Exercise {
  manifest: ExerciseManifest;
  /** Absolute path of the exercise folder. */
  dir: string;
  /** Absolute paths of the fixed files. */
  paths: ExercisePaths;
  variants: ExerciseVariant[];
  /** Other correct solutions, which must pass like the reference. */
  alternatives: ExerciseAlternative[];
}

/**
 * Loads one exercise by id and checks that it is complete: the manifest is valid and names
 * its own folder, and every fixed file and every variant file exists. A half-authored
 * exercise fails here, with every missing file listed, rather than in the middle of grading.
 */
export async function loadExercise(
  id: string,
  options: ExercisesRootOptions = {},
): Promise<Exercise> {
  const root = resolveExercisesRoot(options);
  const idCheck = exerciseIdSchema.safeParse(id);
  if (!idCheck.success) {
    throw new UnknownExerciseError(id, root, 'expected <section>/<slug>, e.g. "lock/counter"');
  }
  const dir = join(root, id);
  const manifestFile = join(dir, MANIFEST_FILE);
  if (!(await isFile(manifestFile))) throw new UnknownExerciseError(id, root);

  const manifest = await readManifest(manifestFile);
  if (manifest.id !== id) {
    const message = `id "${manifest.id}" does not match the folder "${id}"`;
    throw new InvalidManifestError(
      manifestFile,
      [{ code: 'custom', path: ['id'], message, input: manifest.id }],
      message,
    );
  }

  const fixed: Record<string, string> = Object.fromEntries(
    Object.entries(EXERCISE_FILES[manifest.kind]).map(([role, name]) => [role, join(dir, name)]),
  );
  const paths = fixed as unknown as ExercisePaths;
  const variants = manifest.variants.map((variant) => ({
    ...variant,
    path: join(dir, variant.file),
  }));

  const alternatives = manifest.alternatives.map((alternative) => ({
    ...alternative,
    path: join(dir, alternative.file),
  }));

  const expected = [
    ...Object.values(fixed),
    ...variants.map((variant) => variant.path),
    ...alternatives.map((alternative) => alternative.path),
  ];
  const present = await Promise.all(expected.map(isFile));
  const missing = expected.filter((_, index) => !present[index]);
  if (missing.length > 0) throw new MissingExerciseFilesError(id, missing);

  return { manifest, dir, paths, variants, alternatives };
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
