import { z } from 'zod';
import { exerciseId } from '../exercise-id.js';
import { verdict } from '../grade-result.js';
import { submissionStatus } from '../submission-status.js';

export const localizedText = z.object({ ru: z.string(), en: z.string() });
export type LocalizedText = z.infer<typeof localizedText>;

export const exerciseKind = z.enum(['code', 'possible-outputs']);
export type ExerciseKind = z.infer<typeof exerciseKind>;

/**
 * The caller's standing on one exercise: `null` when not signed in. `bestScore` and
 * `bestVerdict` come from the best finished submission (null before any finished);
 * `lastStatus` is the newest submission's status, so a page can show "grading…".
 */
export const exerciseStanding = z.object({
  attempts: z.int().min(0),
  bestScore: z.number().min(0).max(1).nullable(),
  bestVerdict: verdict.nullable(),
  solved: z.boolean(),
  lastStatus: submissionStatus.nullable(),
});
export type ExerciseStanding = z.infer<typeof exerciseStanding>;

/** One exercise in the section list (no statement: GET /api/exercises/:section/:slug). */
export const exerciseSummary = z.object({
  id: exerciseId,
  title: localizedText,
  kind: exerciseKind,
  difficulty: z.int().min(1).max(3),
  points: z.int().min(1),
  mine: exerciseStanding.nullable(),
});
export type ExerciseSummary = z.infer<typeof exerciseSummary>;

/** A catalogue section, in lecture order, with the lecture headings it covers. */
export const sectionView = z.object({
  id: z.string(),
  position: z.int().min(0),
  headings: z.array(z.string()),
  exercises: z.array(exerciseSummary),
});
export type SectionView = z.infer<typeof sectionView>;

/** GET /api/sections: the course and its sections, only active exercises. */
export const sectionsResponse = z.object({
  course: z.object({ id: z.string(), title: z.string() }),
  sections: z.array(sectionView),
});
export type SectionsResponse = z.infer<typeof sectionsResponse>;
