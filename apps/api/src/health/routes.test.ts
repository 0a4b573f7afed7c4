import { healthResponse } from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { startTestApi, type TestApi } from '../test-support.js';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ config: { syncExercisesOnStart: false } });
});
afterAll(async () => {
  await api.close();
});

describe('GET /api/health', () => {
  it('answers 200 when Postgres and Redis answer', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(healthResponse.parse(response.json())).toEqual({ status: 'ok', db: 'ok', redis: 'ok' });
  });

  it('answers 503 and names what is down; the server itself still starts and closes', async () => {
    const app = await buildApp({
      ...loadConfig({}),
      // Nothing listens on port 1.
      databaseUrl: 'postgresql://postgres@127.0.0.1:1/threadlab',
      redisUrl: 'redis://127.0.0.1:1',
      syncExercisesOnStart: false,
      logLevel: 'silent',
    });
    try {
      await app.ready();
      const response = await app.inject({ method: 'GET', url: '/api/health' });
      expect(response.statusCode).toBe(503);
      expect(healthResponse.parse(response.json())).toEqual({
        status: 'degraded',
        db: 'down',
        redis: 'down',
      });
    } finally {
      await app.close();
    }
  });
});
