import { describe, expect, it } from 'vitest';
import { oncePerKey } from './once-per-key.js';

describe('oncePerKey', () => {
  it('shares one run among concurrent and later callers of the same key', async () => {
    const once = oncePerKey<number>();
    let runs = 0;
    const work = async () => {
      runs += 1;
      await Promise.resolve();
      return runs;
    };
    expect(await Promise.all([once('a', work), once('a', work)])).toEqual([1, 1]);
    expect(await once('a', work)).toBe(1);
    expect(await once('b', work)).toBe(2);
  });

  it('forgets a failure, so the next call retries', async () => {
    const once = oncePerKey<string>();
    await expect(once('a', () => Promise.reject(new Error('not yet')))).rejects.toThrow('not yet');
    expect(await once('a', () => Promise.resolve('fixed'))).toBe('fixed');
  });
});
