import {
  API_PATHS,
  apiError as apiErrorSchema,
  teacherStudentsResponse,
  teacherSubmissionListResponse,
  teacherSubmissionParams,
  teacherSubmissionResponse,
  teacherSubmissionsQuery,
  type TeacherStudentsResponse,
} from '@threadlab/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../errors.js';
import { requireTeacher } from '../plugins/auth.js';
import { allStandings } from '../sections/standings.js';
import {
  SUMMARY_SELECT,
  toSubmissionSummary,
  toSubmissionView,
} from '../submissions/submission-view.js';

const AUTHOR_SELECT = { id: true, email: true, name: true } as const;
const errors = { 400: apiErrorSchema, 401: apiErrorSchema, 403: apiErrorSchema } as const;

/** Teacher-only views; every route answers 401 when signed out and 403 for a student. */
export const teacherRoutes: FastifyPluginAsyncZod = async (app) => {
  app.addHook('preHandler', requireTeacher);

  app.get(
    API_PATHS.teacherStudents,
    {
      schema: {
        tags: ['teacher'],
        summary: 'Every student with their standing on each exercise they attempted',
        security: [{ session: [] }],
        response: { 200: teacherStudentsResponse, ...errors },
      },
    },
    async (): Promise<TeacherStudentsResponse> => {
      const [exercises, students, standings] = await Promise.all([
        app.db.exercise.findMany({
          where: { active: true },
          orderBy: [{ section: { position: 'asc' } }, { position: 'asc' }],
          select: { id: true, sectionId: true, titleRu: true, titleEn: true, points: true },
        }),
        app.db.user.findMany({
          where: { role: 'student' },
          orderBy: [{ name: 'asc' }, { email: 'asc' }],
          select: { id: true, email: true, name: true, createdAt: true },
        }),
        allStandings(app.db),
      ]);
      const pointsOf = new Map(exercises.map((exercise) => [exercise.id, exercise.points]));
      const byUser = new Map<string, typeof standings>();
      for (const standing of standings) {
        byUser.set(standing.userId, [...(byUser.get(standing.userId) ?? []), standing]);
      }
      return {
        exercises: exercises.map((exercise) => ({
          id: exercise.id,
          section: exercise.sectionId,
          title: { ru: exercise.titleRu, en: exercise.titleEn },
          points: exercise.points,
        })),
        students: students.map((student) => {
          const mine = byUser.get(student.id) ?? [];
          const solved = mine.filter((standing) => standing.solved);
          return {
            id: student.id,
            email: student.email,
            name: student.name,
            createdAt: student.createdAt.toISOString(),
            solved: solved.length,
            points: solved.reduce(
              (sum, standing) => sum + (pointsOf.get(standing.exerciseId) ?? 0),
              0,
            ),
            exercises: mine.map((standing) => ({
              exerciseId: standing.exerciseId,
              attempts: standing.attempts,
              bestScore: standing.bestScore,
              bestVerdict: standing.bestVerdict,
              solved: standing.solved,
              lastSubmittedAt: standing.lastSubmittedAt.toISOString(),
            })),
          };
        }),
      };
    },
  );

  app.get(
    API_PATHS.teacherSubmissions,
    {
      schema: {
        tags: ['teacher'],
        summary: 'Submissions of any student, newest first, by student and/or exercise',
        security: [{ session: [] }],
        querystring: teacherSubmissionsQuery,
        response: { 200: teacherSubmissionListResponse, ...errors },
      },
    },
    async (request) => {
      const { userId, exerciseId, limit } = request.query;
      const rows = await app.db.submission.findMany({
        where: {
          ...(userId !== undefined && { userId }),
          ...(exerciseId !== undefined && { exerciseId }),
        },
        orderBy: { createdAt: 'desc' },
        take: limit,
        select: { ...SUMMARY_SELECT, user: { select: AUTHOR_SELECT } },
      });
      return {
        submissions: rows.map((row) => ({ ...toSubmissionSummary(row), user: row.user })),
      };
    },
  );

  app.get(
    API_PATHS.teacherSubmission,
    {
      schema: {
        tags: ['teacher'],
        summary: "Any student's submission with its code, result and author",
        security: [{ session: [] }],
        params: teacherSubmissionParams,
        response: { 200: teacherSubmissionResponse, ...errors, 404: apiErrorSchema },
      },
    },
    async (request) => {
      const row = await app.db.submission.findUnique({
        where: { id: request.params.id },
        include: { user: { select: AUTHOR_SELECT } },
      });
      if (row === null) throw apiError('submission_not_found');
      return { submission: { ...toSubmissionView(row, request.log), user: row.user } };
    },
  );
  return Promise.resolve();
};
