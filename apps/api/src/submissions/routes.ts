import {
  API_PATHS,
  SUBMISSION_EVENTS_CHANNEL,
  apiError as apiErrorSchema,
  mySubmissionsQuery,
  submissionEvent,
  submissionListResponse,
  submissionParams,
  submissionResponse,
  submitBody,
} from '@threadlab/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../errors.js';
import { requireUser, signedIn } from '../plugins/auth.js';
import { SUMMARY_SELECT, toSubmissionSummary, toSubmissionView } from './submission-view.js';

export interface SubmissionRoutesOptions {
  /** Submissions one user may have queued or running at once; 0: no limit. */
  maxPendingSubmissions: number;
}

export const submissionRoutes: FastifyPluginAsyncZod<SubmissionRoutesOptions> = async (
  app,
  { maxPendingSubmissions },
) => {
  app.post(
    API_PATHS.submissions,
    {
      preHandler: requireUser,
      schema: {
        tags: ['submissions'],
        summary: 'Submit a solution for grading',
        description:
          'Stores the submission as queued and enqueues its grade job; follow it on ' +
          '/api/live or by polling GET /api/submissions/:id.',
        security: [{ session: [] }],
        body: submitBody,
        response: {
          202: submissionResponse,
          400: apiErrorSchema,
          401: apiErrorSchema,
          404: apiErrorSchema,
          409: apiErrorSchema,
          413: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const user = signedIn(request);
      const { exerciseId, code } = request.body;
      const exercise = await app.db.exercise.findUnique({
        where: { id: exerciseId },
        select: { active: true, codeKb: true },
      });
      if (exercise === null) throw apiError('exercise_not_found');
      if (!exercise.active) throw apiError('exercise_inactive');
      const sizeBytes = Buffer.byteLength(code, 'utf8');
      const limitBytes = exercise.codeKb * 1024;
      if (sizeBytes > limitBytes) {
        throw apiError(
          'code_too_large',
          `The code is ${sizeBytes} bytes; this exercise accepts at most ${limitBytes} bytes (${exercise.codeKb} KiB).`,
          { sizeBytes, limitBytes },
        );
      }
      if (maxPendingSubmissions > 0) {
        const pending = await app.db.submission.count({
          where: { userId: user.id, status: { in: ['queued', 'running'] } },
        });
        if (pending >= maxPendingSubmissions) {
          throw apiError('too_many_pending', undefined, { pending, limit: maxPendingSubmissions });
        }
      }

      // The row and its first history entry in one transaction (a nested create).
      const submission = await app.db.submission.create({
        data: { userId: user.id, exerciseId, code, events: { create: [{ status: 'queued' }] } },
      });

      // Postgres is the record, Redis only carries work: if enqueueing fails (Redis down,
      // slow), the submission stays `queued` and the grader's recovery, which re-enqueues
      // every row left queued, picks it up. The student still gets 202.
      try {
        await app.gradeQueue.enqueue(submission.id);
      } catch (error) {
        request.log.error(
          { err: error, submissionId: submission.id },
          'enqueue failed; left to recovery',
        );
      }
      // Other tabs of the same student learn of it too; best effort, like every live event.
      const event = submissionEvent.parse({
        userId: user.id,
        submissionId: submission.id,
        message: { type: 'submission.status', submissionId: submission.id, status: 'queued' },
      });
      app.redis
        .publish(SUBMISSION_EVENTS_CHANNEL, JSON.stringify(event))
        .catch((error: unknown) => {
          request.log.warn({ err: error }, 'could not publish the queued event');
        });

      return reply.status(202).send({ submission: toSubmissionView(submission) });
    },
  );

  app.get(
    API_PATHS.submissions,
    {
      preHandler: requireUser,
      schema: {
        tags: ['submissions'],
        summary: "The caller's own submissions, newest first (optionally of one exercise)",
        security: [{ session: [] }],
        querystring: mySubmissionsQuery,
        response: { 200: submissionListResponse, 400: apiErrorSchema, 401: apiErrorSchema },
      },
    },
    async (request) => {
      const user = signedIn(request);
      const { exerciseId, limit } = request.query;
      const rows = await app.db.submission.findMany({
        where: { userId: user.id, ...(exerciseId !== undefined && { exerciseId }) },
        orderBy: { createdAt: 'desc' },
        take: limit,
        select: SUMMARY_SELECT,
      });
      return { submissions: rows.map(toSubmissionSummary) };
    },
  );

  app.get(
    API_PATHS.submission,
    {
      preHandler: requireUser,
      schema: {
        tags: ['submissions'],
        summary: 'One of the caller’s submissions with its code, progress and result',
        description: "Another user's submission is answered 404, as if it did not exist.",
        security: [{ session: [] }],
        params: submissionParams,
        response: {
          200: submissionResponse,
          400: apiErrorSchema,
          401: apiErrorSchema,
          404: apiErrorSchema,
        },
      },
    },
    async (request) => {
      const user = signedIn(request);
      // The owner is part of the query: someone else's id finds nothing, as an unknown one.
      const row = await app.db.submission.findFirst({
        where: { id: request.params.id, userId: user.id },
      });
      if (row === null) throw apiError('submission_not_found');
      return { submission: toSubmissionView(row, request.log) };
    },
  );
  return Promise.resolve();
};
