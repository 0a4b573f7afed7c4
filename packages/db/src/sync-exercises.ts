import { readFile } from 'node:fs/promises';
import { SECTION_HEADINGS, section as sectionSchema, type Section } from '@threadlab/contracts';
import { listExercises, loadExercise, type Exercise } from '@threadlab/exercises';
import type { Database } from './client.js';

/** The one course of the platform: lecture 11 of the Python course. */
export const COURSE_ID = 'lecture-11';
export const COURSE_TITLE = 'Параллелизм и Python';

// Any constant: two API instances starting together sync one after the other, so neither
// trips over the other's upserts.
const SYNC_LOCK_KEY = 0x7468_7264; // "thrd"

export interface SyncExercisesOptions {
  /** The exercises folder; EXERCISES_DIR or the workspace's exercises/ by default. */
  root?: string;
}

export interface SyncReport {
  /** Exercises written (created or updated), active. */
  synced: string[];
  /** Exercises in the database whose folder is gone or broken: now `active = false`. */
  deactivated: string[];
  /** Folders that could not be loaded (broken manifest, missing file), with the reason. */
  failed: { id: string; error: string }[];
}

interface ExerciseRow {
  id: string;
  sectionId: Section;
  position: number;
  kind: string;
  titleRu: string;
  titleEn: string;
  difficulty: number;
  points: number;
  statementRu: string;
  statementEn: string;
  starter: string;
  hints: { ru: string; en: string; lecture: string }[];
  codeKb: number;
}

/**
 * Makes the database's course match exercises/: the course, every catalogue section (in
 * lecture order, with its lecture headings) and every exercise folder (statements, starter,
 * hints, size limit). Idempotent. Exercises whose folder is gone, or no longer loads, stay
 * in the table with `active = false`: old submissions keep pointing at them. Only what a
 * student may see is copied; references, variants and checks stay on disk.
 */
export async function syncExercises(
  db: Database,
  options: SyncExercisesOptions = {},
): Promise<SyncReport> {
  const rootOptions = options.root === undefined ? {} : { root: options.root };
  const ids = await listExercises(rootOptions);
  const rows: ExerciseRow[] = [];
  const failed: SyncReport['failed'] = [];
  const positions = new Map<string, number>();
  for (const id of ids) {
    try {
      const exercise = await loadExercise(id, rootOptions);
      const position = positions.get(exercise.manifest.section) ?? 0;
      positions.set(exercise.manifest.section, position + 1);
      rows.push(await exerciseRow(exercise, position));
    } catch (error) {
      failed.push({ id, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SYNC_LOCK_KEY})`;
      await tx.course.upsert({
        where: { id: COURSE_ID },
        create: { id: COURSE_ID, title: COURSE_TITLE },
        update: { title: COURSE_TITLE },
      });
      for (const [position, id] of sectionSchema.options.entries()) {
        const headings = [...SECTION_HEADINGS[id]];
        await tx.section.upsert({
          where: { id },
          create: { id, courseId: COURSE_ID, position, headings },
          update: { courseId: COURSE_ID, position, headings },
        });
      }
      const syncedAt = new Date();
      for (const row of rows) {
        const data = { ...row, active: true, syncedAt };
        await tx.exercise.upsert({ where: { id: row.id }, create: data, update: data });
      }
      const stale = await tx.exercise.findMany({
        where: { id: { notIn: rows.map((row) => row.id) }, active: true },
        select: { id: true },
      });
      await tx.exercise.updateMany({
        where: { id: { in: stale.map((row) => row.id) } },
        data: { active: false, syncedAt },
      });
      return {
        synced: rows.map((row) => row.id),
        deactivated: stale.map((row) => row.id),
        failed,
      };
    },
    // Two dozen upserts; the default 5 s is tight on a loaded 2-core machine.
    { timeout: 60_000, maxWait: 60_000 },
  );
}

async function exerciseRow(exercise: Exercise, position: number): Promise<ExerciseRow> {
  const { manifest, paths } = exercise;
  // For possible-outputs exercises the starter is starter.txt and the statement already
  // shows program.py, so neither needs special handling here.
  const [statementRu, statementEn, starter] = await Promise.all(
    [paths.statementRu, paths.statementEn, paths.starter].map((path) => readFile(path, 'utf8')),
  );
  return {
    id: manifest.id,
    sectionId: manifest.section,
    position,
    kind: manifest.kind,
    titleRu: manifest.title.ru,
    titleEn: manifest.title.en,
    difficulty: manifest.difficulty,
    points: manifest.points,
    statementRu: statementRu ?? '',
    statementEn: statementEn ?? '',
    starter: starter ?? '',
    hints: manifest.hints.map((hint) => ({ ru: hint.ru, en: hint.en, lecture: hint.lecture })),
    codeKb: manifest.limits.codeKb,
  };
}
