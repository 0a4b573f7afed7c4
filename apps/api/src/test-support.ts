import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE, type User } from '@threadlab/contracts';
import { createTestDatabase, type TestDatabase } from '@threadlab/db/testing';
import type { Database } from '@threadlab/db';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig, type ApiConfig } from './config.js';

// Test support: an API on its own real database (migrations applied, exercises synced)
// and a BullMQ prefix of its own, so parallel test files never share rows or Redis keys.

export interface TestApi {
  app: FastifyInstance;
  /** A second client on the same database, for arranging and checking rows. */
  db: Database;
  config: ApiConfig;
  close(): Promise<void>;
}

export async function startTestApi(
  options: {
    config?: Partial<ApiConfig>;
    /** Runs before `ready()`: register extra routes here. */
    beforeReady?: (app: FastifyInstance) => void;
  } = {},
): Promise<TestApi> {
  const database: TestDatabase = await createTestDatabase();
  const config: ApiConfig = {
    ...loadConfig({}),
    databaseUrl: database.url,
    queuePrefix: `test-api-${randomBytes(6).toString('hex')}`,
    logLevel: 'silent',
    ...options.config,
  };
  const app = await buildApp(config);
  options.beforeReady?.(app);
  await app.ready();
  return {
    app,
    db: database.db,
    config,
    async close() {
      await app.gradeQueue.queue.obliterate({ force: true }).catch(() => undefined);
      await app.close();
      await database.drop();
    },
  };
}

export interface SignedIn {
  user: User;
  /** The Cookie header value that carries the session. */
  cookie: string;
}

let counter = 0;

/** Signs up a fresh student through the API; `teacher` then promotes them in the database. */
export async function signUp(
  api: TestApi,
  options: { teacher?: boolean; email?: string; password?: string; name?: string } = {},
): Promise<SignedIn> {
  counter += 1;
  const email = options.email ?? `user${counter}-${randomBytes(3).toString('hex')}@example.org`;
  const response = await api.app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: {
      email,
      name: options.name ?? `User ${counter}`,
      password: options.password ?? 'correct horse battery',
    },
  });
  if (response.statusCode !== 201) throw new Error(`sign-up failed: ${response.body}`);
  const cookie = sessionCookieOf(response.cookies);
  let { user } = response.json<{ user: User }>();
  if (options.teacher) {
    await api.db.user.update({ where: { id: user.id }, data: { role: 'teacher' } });
    user = { ...user, role: 'teacher' };
  }
  return { user, cookie };
}

export function sessionCookieOf(cookies: { name: string; value: string }[]): string {
  const session = cookies.find((cookie) => cookie.name === SESSION_COOKIE);
  if (session === undefined) throw new Error('no session cookie was set');
  return `${SESSION_COOKIE}=${session.value}`;
}
