import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-next';

describe('safeNextPath', () => {
  it('keeps a path on this site', () => {
    expect(safeNextPath('/exercises/lock/counter')).toBe('/exercises/lock/counter');
    expect(safeNextPath(['/a', '/b'])).toBe('/a');
  });

  it('refuses anything that leaves the site', () => {
    for (const next of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:x',
      '',
      undefined,
    ]) {
      expect(safeNextPath(next)).toBe('/');
    }
  });
});
