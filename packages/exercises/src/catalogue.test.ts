import { section } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { listExercises } from './list-exercises.js';
import { loadExercise } from './load-exercise.js';

// The repository's own catalogue against spec/catalogue.md: every lecture section is
// covered, the ten core exercises exist with their fixed ids, and threads-intro has its
// "possible outputs" exercise. (exercises:validate proves that each one grades right.)

const CORE = [
  'lock/counter',
  'rlock/inventory',
  'classic/bank-transfer',
  'condition/bounded-buffer',
  'condition/barrier',
  'classic/rw-lock',
  'semaphore/active-pool',
  'semaphore/counting-semaphore',
  'classic/dining-philosophers',
  'timer/debounce',
];

const env = { EXERCISES_DIR: undefined };

describe('the exercise catalogue', () => {
  it('has at least one exercise for every section of the lecture', async () => {
    const ids = await listExercises({ env });
    const covered = new Set(ids.map((id) => id.split('/')[0]));
    expect(section.options.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('has the ten core exercises, each with independently written solutions', async () => {
    const ids = await listExercises({ env });
    expect(CORE.filter((id) => !ids.includes(id))).toEqual([]);
    for (const id of CORE) {
      const exercise = await loadExercise(id, { env });
      expect(exercise.manifest.kind, id).toBe('code');
      expect(
        exercise.alternatives.some((a) => a.file.includes('/independent/')),
        id,
      ).toBe(true);
      expect(
        exercise.variants.some((v) => v.file.includes('/independent/')),
        id,
      ).toBe(true);
    }
  });

  it('asks for every possible output in threads-intro, and a second exercise where the catalogue does', async () => {
    const ids = await listExercises({ env });
    const intro = await Promise.all(
      ids.filter((id) => id.startsWith('threads-intro/')).map((id) => loadExercise(id, { env })),
    );
    expect(intro.some((exercise) => exercise.manifest.kind === 'possible-outputs')).toBe(true);
    expect(ids.filter((id) => id.startsWith('timer/')).length).toBeGreaterThanOrEqual(2);
    expect(ids.filter((id) => id.startsWith('lock/')).length).toBeGreaterThanOrEqual(2);
  });

  it('ties every hint of every exercise to the lecture', async () => {
    for (const id of await listExercises({ env })) {
      const { manifest } = await loadExercise(id, { env });
      expect(manifest.hints.length, id).toBeGreaterThanOrEqual(1);
    }
  });
});
