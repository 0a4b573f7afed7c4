import { z } from 'zod';
import { exerciseId } from './exercise-id.js';
import { pythonName } from './python-name.js';

/**
 * policy.json, written next to the solution for threadcheck (docs/grader-protocol.md).
 * Derive it with `policyFromManifest`; threadcheck enforces it inside the sandbox.
 */
export const policy = z.object({
  exercise: exerciseId,
  allowedImports: z.array(pythonName),
  forbiddenImports: z.array(pythonName),
  forbiddenNames: z.array(pythonName),
  maxThreads: z.int().min(1),
  outputLimitBytes: z.int().min(1),
});
export type Policy = z.infer<typeof policy>;
