export * from './errors.js';
export { resolveExercisesRoot, type ExercisesRootOptions } from './exercises-root.js';
export {
  EXERCISE_FILES,
  MANIFEST_FILE,
  loadExercise,
  type Exercise,
  type ExercisePaths,
  type ExerciseVariant,
} from './load-exercise.js';
export { listExercises } from './list-exercises.js';
export { readManifest } from './read-manifest.js';
