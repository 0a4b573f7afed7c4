import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ExerciseManifestInput } from '@threadlab/contracts';
import { EXERCISE_FILES, MANIFEST_FILE } from './load-exercise.js';

// Test support, exported as `@threadlab/exercises/testing`: the loader's tests and the
// grader's tests build throwaway exercise folders the same way.

export interface ExerciseFixtureOptions {
  /** Merged over a minimal valid manifest for the id. */
  manifest?: Partial<ExerciseManifestInput>;
  /** Extra files or replacements, relative to the exercise folder; `null` leaves one out. */
  files?: Record<string, string | null>;
}

/** Writes a complete, valid exercise folder `<root>/<id>/` and returns its path. */
export async function writeExerciseFixture(
  root: string,
  id: string,
  options: ExerciseFixtureOptions = {},
): Promise<string> {
  const dir = join(root, id);
  const [sectionName] = id.split('/');
  const manifest = {
    id,
    section: sectionName,
    title: { ru: 'Упражнение', en: 'Exercise' },
    difficulty: 1,
    points: 10,
    variants: [{ file: 'variants/broken.py', expect: 'race', description: 'no lock' }],
    ...options.manifest,
  };
  const kindFiles: Record<string, string> =
    manifest.kind === 'possible-outputs'
      ? {
          [EXERCISE_FILES['possible-outputs'].program]: 'print("A")\n',
          [EXERCISE_FILES['possible-outputs'].reference]: 'A\n',
          [EXERCISE_FILES['possible-outputs'].starter]: '# one output per line\n',
        }
      : {
          [EXERCISE_FILES.code.checks]: '# checks\n',
          [EXERCISE_FILES.code.reference]: '# reference\n',
          [EXERCISE_FILES.code.starter]: '# starter\n',
        };
  const files: Record<string, string | null> = {
    [MANIFEST_FILE]: `${JSON.stringify(manifest, null, 2)}\n`,
    ...kindFiles,
    [EXERCISE_FILES.code.statementRu]: '# Условие\n',
    [EXERCISE_FILES.code.statementEn]: '# Statement\n',
    'variants/broken.py': '# broken\n',
    ...options.files,
  };
  for (const [name, content] of Object.entries(files)) {
    if (content === null) continue;
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return dir;
}
