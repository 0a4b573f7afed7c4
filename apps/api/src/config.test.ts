import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has safe local defaults', () => {
    expect(loadConfig({})).toEqual({
      host: '127.0.0.1',
      port: 4000,
      databaseUrl: 'postgresql://postgres@127.0.0.1:5432/threadlab',
      redisUrl: 'redis://127.0.0.1:6379',
      queuePrefix: 'bull',
      sessionTtlMs: 30 * 24 * 60 * 60 * 1000,
      cookieSecure: false,
      maxPendingSubmissions: 5,
      syncExercisesOnStart: true,
      exercisesDir: undefined,
      logLevel: 'info',
    });
  });

  it('reads every variable, treating empty ones as unset', () => {
    const config = loadConfig({
      HOST: '0.0.0.0',
      PORT: '8080',
      DATABASE_URL: 'postgres://u@db:5432/x',
      REDIS_URL: 'redis://redis:6379',
      QUEUE_PREFIX: 'tl',
      SESSION_TTL_DAYS: '1',
      COOKIE_SECURE: 'true',
      MAX_PENDING_SUBMISSIONS: '0',
      SYNC_EXERCISES: '0',
      EXERCISES_DIR: '/srv/exercises',
      LOG_LEVEL: '',
    });
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 8080,
      queuePrefix: 'tl',
      sessionTtlMs: 86_400_000,
      cookieSecure: true,
      maxPendingSubmissions: 0,
      syncExercisesOnStart: false,
      exercisesDir: '/srv/exercises',
      logLevel: 'info',
    });
  });

  it('refuses nonsense with a message naming the variable', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
    expect(() => loadConfig({ COOKIE_SECURE: 'yes please' })).toThrow(/COOKIE_SECURE/);
  });
});
