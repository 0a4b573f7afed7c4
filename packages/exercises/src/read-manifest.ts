import { readFile } from 'node:fs/promises';
import { exerciseManifest, type ExerciseManifest } from '@threadlab/contracts';
import { z } from 'zod';
import { InvalidManifestError } from './errors.js';

/** Reads and validates one exercise.json; defaults are filled in by the schema. */
export async function readManifest(file: string): Promise<ExerciseManifest> {
  const text = await readFile(file, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InvalidManifestError(file, [], `not JSON: ${(error as Error).message}`);
  }
  const parsed = exerciseManifest.safeParse(json);
  if (!parsed.success) {
    throw new InvalidManifestError(file, parsed.error.issues, z.prettifyError(parsed.error));
  }
  return parsed.data;
}
