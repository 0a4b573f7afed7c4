import { exerciseManifest } from '@threadlab/contracts';
import { loadExercise } from '@threadlab/exercises';
import { getConfig } from '../config.js';

/** The default wall-time limit of an exercise manifest (contracts): when the exercise is gone. */
const DEFAULT_WALL_TIME_MS = exerciseManifest.shape.limits.parse(undefined).wallTimeMs;

/**
 * The wall-time limit of an exercise, read from its folder: the longest a live grading of
 * it can run, which tells a dead attempt from a slow one.
 */
export async function exerciseWallTimeMs(exerciseId: string): Promise<number> {
  try {
    const exercise = await loadExercise(exerciseId, { root: getConfig().exercisesDir });
    return exercise.manifest.limits.wallTimeMs;
  } catch {
    return DEFAULT_WALL_TIME_MS;
  }
}
