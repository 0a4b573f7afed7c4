import {
  API_PATHS,
  apiError as apiErrorSchema,
  exerciseDetail,
  exerciseHint,
  exerciseParams,
  type ExerciseDetail,
  type ExerciseKind,
} from '@threadlab/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../errors.js';

const storedHints = z.array(exerciseHint);

export const exerciseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    API_PATHS.exercise,
    {
      schema: {
        tags: ['exercises'],
        summary: 'One exercise: statement, starter, hints and limits',
        description: 'Never the reference solution, buggy variants, alternatives or checks.',
        params: exerciseParams,
        response: { 200: exerciseDetail, 400: apiErrorSchema, 404: apiErrorSchema },
      },
    },
    async (request): Promise<ExerciseDetail> => {
      const id = `${request.params.section}/${request.params.slug}`;
      // Only the columns a student may see: the table has nothing else, and the select
      // keeps it so if columns are added.
      const exercise = await app.db.exercise.findUnique({
        where: { id },
        select: {
          id: true,
          sectionId: true,
          titleRu: true,
          titleEn: true,
          statementRu: true,
          statementEn: true,
          starter: true,
          hints: true,
          kind: true,
          difficulty: true,
          points: true,
          codeKb: true,
          active: true,
        },
      });
      if (exercise === null || !exercise.active) throw apiError('exercise_not_found');
      const hints = storedHints.safeParse(exercise.hints);
      return {
        id: exercise.id,
        section: exercise.sectionId,
        title: { ru: exercise.titleRu, en: exercise.titleEn },
        statement: { ru: exercise.statementRu, en: exercise.statementEn },
        starter: exercise.starter,
        hints: hints.success ? hints.data : [],
        kind: exercise.kind as ExerciseKind,
        difficulty: exercise.difficulty,
        points: exercise.points,
        codeKb: exercise.codeKb,
      };
    },
  );
  return Promise.resolve();
};
