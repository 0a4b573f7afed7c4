import { z } from 'zod';
import { exerciseId } from '../exercise-id.js';
import { exerciseKind, localizedText } from './sections.js';

/**
 * Route params of GET /api/exercises/:section/:slug (the id `<section>/<slug>` split in
 * two, so it needs no URL-encoding).
 */
export const exerciseParams = z.object({
  section: z.string().regex(/^[a-z0-9-]+$/),
  slug: z.string().regex(/^[a-z0-9-]+$/),
});
export type ExerciseParams = z.infer<typeof exerciseParams>;

export const exerciseHint = z.object({
  ru: z.string(),
  en: z.string(),
  // The lecture heading to reread.
  lecture: z.string(),
});
export type ExerciseHint = z.infer<typeof exerciseHint>;

/**
 * What a student sees of an exercise. Deliberately never the reference solution, the buggy
 * variants, the alternatives or the checks: those stay on disk for the grader.
 */
export const exerciseDetail = z.object({
  id: exerciseId,
  section: z.string(),
  title: localizedText,
  // Markdown; for possible-outputs exercises it already contains program.py.
  statement: localizedText,
  // The editor's initial text: starter.py, or starter.txt for possible-outputs.
  starter: z.string(),
  hints: z.array(exerciseHint),
  kind: exerciseKind,
  difficulty: z.int().min(1).max(3),
  points: z.int().min(1),
  // The largest accepted submission, in KiB (1024 bytes of UTF-8).
  codeKb: z.int().min(1),
});
export type ExerciseDetail = z.infer<typeof exerciseDetail>;
