import type { z } from 'zod';

/** Base class, so callers (the grade CLI, the API) can tell "bad exercise" from a crash. */
export class ExerciseError extends Error {
  override name = 'ExerciseError';
}

/** Neither EXERCISES_DIR nor a workspace root with an exercises/ folder was found. */
export class ExercisesRootNotFoundError extends ExerciseError {
  override name = 'ExercisesRootNotFoundError';

  constructor(readonly searched: readonly string[]) {
    super(`no exercises folder found (looked at: ${searched.join(', ')})`);
  }
}

/** The id is malformed or there is no folder with an exercise.json for it. */
export class UnknownExerciseError extends ExerciseError {
  override name = 'UnknownExerciseError';

  constructor(
    readonly exerciseId: string,
    readonly root: string,
    reason = `no exercise folder with an exercise.json under ${root}`,
  ) {
    super(`unknown exercise "${exerciseId}": ${reason}`);
  }
}

/** exercise.json is not JSON, or does not match the manifest schema. */
export class InvalidManifestError extends ExerciseError {
  override name = 'InvalidManifestError';

  constructor(
    readonly file: string,
    /** The schema's complaints; empty when the file is not even JSON. */
    readonly issues: readonly z.core.$ZodIssue[],
    detail: string,
  ) {
    super(`invalid exercise manifest ${file}:\n${detail}`);
  }
}

/** Files the manifest or the folder layout promise are missing (all of them, not the first). */
export class MissingExerciseFilesError extends ExerciseError {
  override name = 'MissingExerciseFilesError';

  constructor(
    readonly exerciseId: string,
    readonly missing: readonly string[],
  ) {
    super(
      `exercise "${exerciseId}" is missing ${missing.length === 1 ? 'a file' : 'files'}: ${missing.join(', ')}`,
    );
  }
}
