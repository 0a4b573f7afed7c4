import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { section } from '@threadlab/contracts';
import { resolveExercisesRoot, type ExercisesRootOptions } from './exercises-root.js';
import { MANIFEST_FILE } from './load-exercise.js';

/**
 * Ids (`<section>/<slug>`) of every folder under the exercises root that has an
 * exercise.json, in lecture order (the catalogue's section order), then by slug. Folders
 * are listed even if their manifest is broken, so the validator reports them instead of
 * skipping them.
 */
export async function listExercises(options: ExercisesRootOptions = {}): Promise<string[]> {
  const root = resolveExercisesRoot(options);
  const ids: string[] = [];
  for (const sectionName of await subdirectories(root)) {
    for (const slug of await subdirectories(join(root, sectionName))) {
      const entries = await readdir(join(root, sectionName, slug));
      if (entries.includes(MANIFEST_FILE)) ids.push(`${sectionName}/${slug}`);
    }
  }
  return ids.sort(byLectureOrder);
}

async function subdirectories(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name);
}

function byLectureOrder(a: string, b: string): number {
  const rank = (id: string): number => {
    const index = section.options.indexOf(id.split('/')[0] as (typeof section.options)[number]);
    // Unknown sections (the manifest check will reject them) go last.
    return index === -1 ? section.options.length : index;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
