import {
  API_PATHS,
  sectionsResponse,
  type ExerciseKind,
  type SectionsResponse,
} from '@threadlab/contracts';
import { COURSE_ID } from '@threadlab/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../errors.js';
import { standingsOf } from './standings.js';

export const sectionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    API_PATHS.sections,
    {
      schema: {
        tags: ['exercises'],
        summary: 'The course: sections in lecture order with their active exercises',
        description:
          "Open to everyone; when signed in, each exercise carries the caller's standing (`mine`).",
        response: { 200: sectionsResponse },
      },
    },
    async (request): Promise<SectionsResponse> => {
      // Three flat queries rather than one nested include: Prisma runs the nested form as
      // several dependent queries, about five times slower for this list, the busiest route.
      const [course, sections, exercises, standings] = await Promise.all([
        app.db.course.findUnique({ where: { id: COURSE_ID } }),
        app.db.section.findMany({ where: { courseId: COURSE_ID }, orderBy: { position: 'asc' } }),
        app.db.exercise.findMany({
          where: { active: true, section: { courseId: COURSE_ID } },
          orderBy: { position: 'asc' },
          select: {
            id: true,
            sectionId: true,
            titleRu: true,
            titleEn: true,
            kind: true,
            difficulty: true,
            points: true,
          },
        }),
        request.user === null ? undefined : standingsOf(app.db, request.user.id),
      ]);
      if (course === null) throw apiError('not_found', 'The course has not been synced yet.');
      const bySection = new Map<string, typeof exercises>();
      for (const exercise of exercises) {
        bySection.set(exercise.sectionId, [...(bySection.get(exercise.sectionId) ?? []), exercise]);
      }
      return {
        course: { id: course.id, title: course.title },
        sections: sections
          .filter((section) => bySection.has(section.id))
          .map((section) => ({
            id: section.id,
            position: section.position,
            headings: section.headings,
            exercises: (bySection.get(section.id) ?? []).map((exercise) => ({
              id: exercise.id,
              title: { ru: exercise.titleRu, en: exercise.titleEn },
              kind: exercise.kind as ExerciseKind,
              difficulty: exercise.difficulty,
              points: exercise.points,
              mine:
                standings === undefined
                  ? null
                  : (standings.get(exercise.id) ?? {
                      attempts: 0,
                      bestScore: null,
                      bestVerdict: null,
                      solved: false,
                      lastStatus: null,
                    }),
            })),
          })),
      };
    },
  );
  return Promise.resolve();
};
