import {
  API_PATHS,
  apiError as apiErrorSchema,
  signInBody,
  signUpBody,
  userResponse,
} from '@threadlab/contracts';
import { Prisma } from '@threadlab/db';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { apiError } from '../errors.js';
import { requireUser, signedIn } from '../plugins/auth.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { signInThrottle } from './sign-in-throttle.js';

const normalizeEmail = (email: string) => email.trim().toLowerCase();

function publicUser(user: {
  id: string;
  email: string;
  name: string;
  role: 'student' | 'teacher';
}) {
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

export const authRoutes: FastifyPluginAsyncZod<{ throttleKeyPrefix: string }> = async (
  app,
  { throttleKeyPrefix },
) => {
  const throttle = signInThrottle(app.redis, throttleKeyPrefix);

  app.post(
    API_PATHS.signUp,
    {
      schema: {
        tags: ['auth'],
        summary: 'Create a student account and sign in',
        body: signUpBody,
        response: { 201: userResponse, 400: apiErrorSchema, 409: apiErrorSchema },
      },
    },
    async (request, reply) => {
      const { email, name, password } = request.body;
      const passwordHash = await hashPassword(password);
      let user;
      try {
        // Sign-up always makes a student; teachers are promoted with `pnpm promote`.
        user = await app.db.user.create({
          data: { email: normalizeEmail(email), name, passwordHash, role: 'student' },
        });
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          throw apiError('email_taken');
        }
        throw error;
      }
      await app.sessions.start(reply, user.id);
      return reply.status(201).send({ user: publicUser(user) });
    },
  );

  app.post(
    API_PATHS.signIn,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in (sets the session cookie)',
        body: signInBody,
        response: {
          200: userResponse,
          400: apiErrorSchema,
          401: apiErrorSchema,
          429: apiErrorSchema,
        },
      },
    },
    async (request, reply) => {
      const email = normalizeEmail(request.body.email);
      const { password } = request.body;
      // Redis down: sign-in stays open (see sign-in-throttle.ts), the guard is only logged.
      const guarded = <T>(step: Promise<T>, fallback: T) =>
        step.catch((error: unknown) => {
          request.log.warn({ err: error }, 'sign-in throttle unavailable');
          return fallback;
        });
      if (await guarded(throttle.blocked(email, request.ip), false))
        throw apiError('too_many_attempts');
      const user = await app.db.user.findUnique({ where: { email } });
      // An unknown address costs the same scrypt as a known one.
      const valid = await verifyPassword(
        password,
        user?.passwordHash ?? (await dummyPasswordHash()),
      );
      if (user === null || !valid) {
        await guarded(throttle.failed(email, request.ip), undefined);
        throw apiError('invalid_credentials');
      }
      await guarded(throttle.succeeded(email), undefined);
      await app.sessions.start(reply, user.id);
      return { user: publicUser(user) };
    },
  );

  app.post(
    API_PATHS.signOut,
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out (deletes the session)',
        response: { 204: z.null().describe('Signed out') },
      },
    },
    async (request, reply) => {
      await app.sessions.end(request, reply);
      return reply.status(204).send(null);
    },
  );

  app.get(
    API_PATHS.me,
    {
      preHandler: requireUser,
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: [{ session: [] }],
        response: { 200: userResponse, 401: apiErrorSchema },
      },
    },
    (request) => ({ user: publicUser(signedIn(request)) }),
  );
  return Promise.resolve();
};
