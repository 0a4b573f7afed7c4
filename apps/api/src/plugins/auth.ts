import { SESSION_COOKIE } from '@threadlab/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { createSession, deleteSession, userOfSession, type SessionUser } from '../auth/sessions.js';
import { apiError } from '../errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user, or null; set from the session cookie before every handler. */
    user: SessionUser | null;
  }
  interface FastifyInstance {
    sessions: {
      /** Creates a session for the user and sets its cookie on the reply. */
      start(reply: FastifyReply, userId: string): Promise<void>;
      /** Deletes the request's session (if any) and clears the cookie. */
      end(request: FastifyRequest, reply: FastifyReply): Promise<void>;
    };
  }
}

export interface AuthOptions {
  sessionTtlMs: number;
  cookieSecure: boolean;
}

/**
 * Sessions in an httpOnly, SameSite=Lax cookie (Secure where configured). Lax keeps the
 * cookie off cross-site POSTs, which is what guards the JSON routes against CSRF together
 * with their JSON-only bodies.
 */
export const authPlugin = fp<AuthOptions>(
  async (app, { sessionTtlMs, cookieSecure }) => {
    const cookieOptions = {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: cookieSecure,
    } as const;

    app.decorateRequest('user', null);
    app.addHook('onRequest', async (request) => {
      const token = request.cookies[SESSION_COOKIE];
      request.user = token ? await userOfSession(app.db, token) : null;
    });

    app.decorate('sessions', {
      async start(reply: FastifyReply, userId: string) {
        const { token, expiresAt } = await createSession(app.db, userId, sessionTtlMs);
        reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, expires: expiresAt });
      },
      async end(request: FastifyRequest, reply: FastifyReply) {
        const token = request.cookies[SESSION_COOKIE];
        if (token) await deleteSession(app.db, token);
        reply.clearCookie(SESSION_COOKIE, cookieOptions);
      },
    });
    return Promise.resolve();
  },
  { name: 'auth', dependencies: ['db', '@fastify/cookie'] },
);

/** preHandler: 401 unless signed in. */
export async function requireUser(request: FastifyRequest): Promise<void> {
  if (request.user === null) throw apiError('unauthorized');
  return Promise.resolve();
}

/** preHandler: 401 unless signed in, 403 unless a teacher. */
export async function requireTeacher(request: FastifyRequest): Promise<void> {
  if (request.user === null) throw apiError('unauthorized');
  if (request.user.role !== 'teacher') throw apiError('forbidden');
  return Promise.resolve();
}

/** The signed-in user of a route guarded by requireUser/requireTeacher. */
export function signedIn(request: FastifyRequest): SessionUser {
  if (request.user === null) throw apiError('unauthorized');
  return request.user;
}
