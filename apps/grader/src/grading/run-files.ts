import { readFile } from 'node:fs/promises';
import { policyFromManifest } from '@threadlab/contracts';
import type { Exercise } from '@threadlab/exercises';

/**
 * What one run's work folder holds (docs/grader-protocol.md): the submission, the exercise's
 * checks and the policy derived from its manifest. Never the reference solution or the
 * buggy variants: whatever is in the folder, the submission can read.
 */
export async function runFiles(exercise: Exercise, code: string): Promise<Record<string, string>> {
  return {
    'solution.py': code,
    'checks.py': await readFile(exercise.paths.checks, 'utf8'),
    'policy.json': `${JSON.stringify(policyFromManifest(exercise.manifest), null, 2)}\n`,
  };
}
