import { createHash } from 'node:crypto';
import { SESSION_COOKIE, apiError, userResponse } from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionCookieOf, signUp, startTestApi, type TestApi } from '../test-support.js';

let api: TestApi;

beforeAll(async () => {
  // No exercises needed here.
  api = await startTestApi({ config: { syncExercisesOnStart: false } });
});
afterAll(async () => {
  await api.close();
});

function errorCode(body: string): string {
  return apiError.parse(JSON.parse(body)).error.code;
}

describe('sign-up', () => {
  it('creates a student, stores a scrypt hash and sets an httpOnly SameSite=Lax cookie', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: ' Ada@Example.org ', name: 'Ada', password: 'analytical engine' },
    });
    expect(response.statusCode, response.body).toBe(201);
    const { user } = userResponse.parse(response.json());
    expect(user).toMatchObject({ email: 'ada@example.org', name: 'Ada', role: 'student' });
    expect(response.body).not.toContain('passwordHash');

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toContain(`${SESSION_COOKIE}=`);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    expect(setCookie).toMatch(/Expires=/i);

    const row = await api.db.user.findUniqueOrThrow({ where: { email: 'ada@example.org' } });
    expect(row.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$[\w-]+\$[\w-]+$/);
    expect(row.passwordHash).not.toContain('analytical engine');
  });

  it('stores only the SHA-256 of the session token', async () => {
    const { cookie, user } = await signUp(api);
    const token = cookie.split('=')[1] ?? '';
    const sessions = await api.db.session.findMany({ where: { userId: user.id } });
    expect(sessions.map((session) => session.id)).toEqual([
      createHash('sha256').update(token).digest('hex'),
    ]);
  });

  it('refuses an email that is taken, whatever its case: 409 email_taken', async () => {
    await signUp(api, { email: 'twice@example.org' });
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'TWICE@example.org', name: 'Again', password: 'another password' },
    });
    expect(response.statusCode).toBe(409);
    expect(errorCode(response.body)).toBe('email_taken');
  });

  it('answers a malformed body with 400 validation_failed and the issues', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'not-an-email', name: '', password: 'short' },
    });
    expect(response.statusCode).toBe(400);
    const body = apiError.parse(response.json());
    expect(body.error.code).toBe('validation_failed');
    const paths = (body.error.details as { path: string }[]).map((issue) => issue.path).sort();
    expect(paths).toEqual(['/email', '/name', '/password']);
  });

  it('answers unparsable JSON with 400 malformed_body', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response.body)).toBe('malformed_body');
  });

  it('answers an empty JSON body with 400 validation_failed', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      headers: { 'content-type': 'application/json' },
    });
    expect(response.statusCode).toBe(400);
    expect(errorCode(response.body)).toBe('validation_failed');
  });

  it('refuses unknown fields such as a role', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { email: 'eve@example.org', name: 'Eve', password: 'password123', role: 'teacher' },
    });
    expect(response.statusCode).toBe(400);
    expect(await api.db.user.count({ where: { email: 'eve@example.org' } })).toBe(0);
  });
});

describe('sign-in, me and sign-out', () => {
  it('signs in with the right password and shows the user on /me', async () => {
    await signUp(api, { email: 'bob@example.org', password: 'bobs password' });
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'BOB@example.org', password: 'bobs password' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const cookie = sessionCookieOf(response.cookies);
    const me = await api.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(userResponse.parse(me.json()).user.email).toBe('bob@example.org');
  });

  it('answers a wrong password and an unknown email alike: 401 invalid_credentials', async () => {
    await signUp(api, { email: 'carol@example.org', password: 'carols password' });
    for (const payload of [
      { email: 'carol@example.org', password: 'wrong password' },
      { email: 'nobody@example.org', password: 'carols password' },
    ]) {
      const response = await api.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload });
      expect(response.statusCode).toBe(401);
      expect(errorCode(response.body)).toBe('invalid_credentials');
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('stops guessing: after 10 failures the account is refused for a while, even with the right password', async () => {
    await signUp(api, { email: 'dave@example.org', password: 'daves password' });
    await signUp(api, { email: 'erin@example.org', password: 'erins password' });
    const signIn = (email: string, password: string) =>
      api.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

    expect((await signIn('dave@example.org', 'wrong 1')).statusCode).toBe(401);
    // A success forgets the failures before it.
    expect((await signIn('dave@example.org', 'daves password')).statusCode).toBe(200);
    for (let i = 0; i < 10; i += 1) {
      expect((await signIn('DAVE@example.org', `wrong ${i}`)).statusCode).toBe(401);
    }
    const refused = await signIn('dave@example.org', 'daves password');
    expect(refused.statusCode).toBe(429);
    expect(errorCode(refused.body)).toBe('too_many_attempts');
    expect(refused.headers['set-cookie']).toBeUndefined();
    // The count expires: a locked-out student gets back in after the window.
    const hash = createHash('sha256').update('dave@example.org').digest('hex').slice(0, 32);
    const key = `${api.config.queuePrefix}:threadlab:sign-in:account:${hash}`;
    expect(await api.app.redis.get(key)).toBe('10');
    const ttl = await api.app.redis.ttl(key);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(15 * 60);
    // Another account is not punished for it.
    expect((await signIn('erin@example.org', 'erins password')).statusCode).toBe(200);
  });

  it('answers /me without a session, or with an unknown token, with 401 unauthorized', async () => {
    for (const headers of [{}, { cookie: `${SESSION_COOKIE}=forged-token` }]) {
      const response = await api.app.inject({ method: 'GET', url: '/api/auth/me', headers });
      expect(response.statusCode).toBe(401);
      expect(errorCode(response.body)).toBe('unauthorized');
    }
  });

  it('deletes the session on sign-out, so the old cookie no longer works', async () => {
    const { cookie, user } = await signUp(api);
    // As a page's fetch sends it: a JSON content type and no body.
    const out = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, 'content-type': 'application/json' },
    });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect(await api.db.session.count({ where: { userId: user.id } })).toBe(0);
    const me = await api.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
  });

  it('treats an expired session as signed out and deletes it', async () => {
    const { cookie, user } = await signUp(api);
    await api.db.session.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const me = await api.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(await api.db.session.count({ where: { userId: user.id } })).toBe(0);
  });
});

describe('a deployment behind HTTPS', () => {
  it('marks the cookie Secure when COOKIE_SECURE is set', async () => {
    const secure = await startTestApi({
      config: { syncExercisesOnStart: false, cookieSecure: true },
    });
    try {
      const response = await secure.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: { email: 'sec@example.org', name: 'Sec', password: 'password123' },
      });
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
