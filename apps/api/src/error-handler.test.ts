import { apiError } from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './test-support.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({
    config: { syncExercisesOnStart: false },
    beforeReady(app) {
      app.get('/api/test/boom', () => {
        throw new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2');
      });
      app.get('/api/test/unavailable', () => {
        throw Object.assign(new Error('redis cluster state: fail'), { statusCode: 503 });
      });
    },
  });
});
afterAll(async () => {
  await api.close();
});

describe('the error handler', () => {
  it('hides the details of a server error behind a generic message', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/test/boom' });
    expect(response.statusCode).toBe(500);
    expect(apiError.parse(response.json())).toEqual({
      error: { code: 'internal', message: 'Something went wrong on our side.' },
    });
    expect(response.body).not.toMatch(/ECONNREFUSED|hunter2|stack/);
  });

  it('answers 503 as unavailable, also without details', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/test/unavailable' });
    expect(response.statusCode).toBe(503);
    expect(apiError.parse(response.json()).error.code).toBe('unavailable');
    expect(response.body).not.toContain('cluster');
  });

  it('answers an unknown route with 404 not_found in the same shape', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/nothing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(apiError.parse(response.json()).error).toEqual({
      code: 'not_found',
      message: 'No route GET /api/nothing.',
    });
  });

  it('answers a wrong content type with a 4xx in the same shape', async () => {
    const response = await api.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/xml' },
      payload: '<signin/>',
    });
    expect(response.statusCode).toBe(415);
    expect(apiError.parse(response.json()).error.code).toBe('malformed_body');
  });
});
