import { readFile } from 'node:fs/promises';
import { policyFromManifest } from '@threadlab/contracts';
import type { Exercise } from '@threadlab/exercises';
import { GraderError } from '../errors.js';

/**
 * What one run's work folder holds (docs/grader-protocol.md): the submission, what it is
 * graded against and the policy derived from the manifest. For a code exercise that is
 * solution.py and checks.py; for a possible-outputs exercise, answer.txt and the program
 * whose outputs it lists. Never the reference solution or the buggy variants: whatever is
 * in the folder, the submission can read.
 */
export async function runFiles(exercise: Exercise, code: string): Promise<Record<string, string>> {
  const policy = `${JSON.stringify(policyFromManifest(exercise.manifest), null, 2)}\n`;
  const { paths } = exercise;
  if (exercise.manifest.kind === 'possible-outputs') {
    if (paths.program === undefined) throw new GraderError('the exercise has no program.py');
    return {
      'answer.txt': code,
      'program.py': await readFile(paths.program, 'utf8'),
      'policy.json': policy,
    };
  }
  if (paths.checks === undefined) throw new GraderError('the exercise has no checks.py');
  return {
    'solution.py': code,
    'checks.py': await readFile(paths.checks, 'utf8'),
    'policy.json': policy,
  };
}
