import { z } from 'zod';
import { exerciseId } from '../exercise-id.js';
import { submissionId } from '../grade-job.js';
import { verdict } from '../grade-result.js';
import { localizedText } from './sections.js';
import { submissionSummary, submissionView } from './submission.js';

/** One student's standing on one exercise they attempted (unattempted ones are absent). */
export const studentExerciseStanding = z.object({
  exerciseId,
  attempts: z.int().min(1),
  bestScore: z.number().min(0).max(1).nullable(),
  bestVerdict: verdict.nullable(),
  solved: z.boolean(),
  lastSubmittedAt: z.iso.datetime(),
});
export type StudentExerciseStanding = z.infer<typeof studentExerciseStanding>;

export const studentRow = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  solved: z.int().min(0),
  // Sum of the points of solved exercises.
  points: z.int().min(0),
  exercises: z.array(studentExerciseStanding),
});
export type StudentRow = z.infer<typeof studentRow>;

/** GET /api/teacher/students (teacher only): columns (active exercises) and rows. */
export const teacherStudentsResponse = z.object({
  exercises: z.array(
    z.object({ id: exerciseId, section: z.string(), title: localizedText, points: z.int() }),
  ),
  students: z.array(studentRow),
});
export type TeacherStudentsResponse = z.infer<typeof teacherStudentsResponse>;

/** GET /api/teacher/submissions?userId=&exerciseId= (teacher only), newest first. */
export const teacherSubmissionsQuery = z.object({
  userId: z.string().min(1).max(64).optional(),
  exerciseId: exerciseId.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type TeacherSubmissionsQuery = z.infer<typeof teacherSubmissionsQuery>;

const author = z.object({ id: z.string(), email: z.string(), name: z.string() });

export const teacherSubmissionListResponse = z.object({
  submissions: z.array(submissionSummary.extend({ user: author })),
});
export type TeacherSubmissionListResponse = z.infer<typeof teacherSubmissionListResponse>;

/** GET /api/teacher/submissions/:id (teacher only): any student's submission, with its author. */
export const teacherSubmissionResponse = z.object({
  submission: submissionView.extend({ user: author }),
});
export type TeacherSubmissionResponse = z.infer<typeof teacherSubmissionResponse>;

export const teacherSubmissionParams = z.object({ id: submissionId });
