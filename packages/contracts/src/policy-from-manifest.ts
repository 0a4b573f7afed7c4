import type { ExerciseManifest } from './exercise-manifest.js';
import type { Policy } from './policy.js';

/** The policy.json the grader writes for a run of this exercise. */
export function policyFromManifest(manifest: ExerciseManifest): Policy {
  return {
    exercise: manifest.id,
    allowedImports: [...manifest.imports.allowed],
    forbiddenImports: [...manifest.imports.forbidden],
    forbiddenNames: [...manifest.forbiddenNames],
    maxThreads: manifest.limits.maxThreads,
    outputLimitBytes: manifest.limits.outputKb * 1024,
  };
}
