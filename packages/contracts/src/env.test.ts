import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  DEFAULT_DATABASE_URL,
  databaseUrlEnv,
  envVar,
  queuePrefixEnv,
  redisUrlEnv,
} from './env.js';

describe('environment pieces', () => {
  it('read an empty variable as unset, so the default applies', () => {
    expect(envVar(z.string().default('x')).parse('')).toBe('x');
    expect(databaseUrlEnv.parse('')).toBe(DEFAULT_DATABASE_URL);
    expect(queuePrefixEnv.parse(undefined)).toBe('bull');
  });

  it('refuse a URL of another service and a queue prefix outside the safe alphabet', () => {
    expect(databaseUrlEnv.safeParse('mysql://127.0.0.1/x').success).toBe(false);
    expect(redisUrlEnv.safeParse('postgresql://127.0.0.1/x').success).toBe(false);
    expect(redisUrlEnv.parse('rediss://cache:6380')).toBe('rediss://cache:6380');
    expect(queuePrefixEnv.safeParse('a b').success).toBe(false);
  });
});
