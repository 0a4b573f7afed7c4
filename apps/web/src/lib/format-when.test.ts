import { describe, expect, it } from 'vitest';
import { formatWhen } from './format-when';

describe('formatWhen', () => {
  const at = '2026-11-25T07:12:05.000Z';

  it('writes a date and time in the reader language', () => {
    expect(formatWhen(at, 'en', { timeZone: 'UTC' })).toBe('25 Nov, 07:12:05');
    expect(formatWhen(at, 'ru', { timeZone: 'UTC' })).toBe('25 нояб., 07:12:05');
  });

  it('has a compact form for narrow rows', () => {
    expect(formatWhen(at, 'en', { compact: true, timeZone: 'UTC' })).toBe('25/11, 07:12');
    expect(formatWhen(at, 'ru', { compact: true, timeZone: 'UTC' })).toBe('25.11, 07:12');
  });

  it('leaves a malformed date as it came', () => {
    expect(formatWhen('yesterday', 'en')).toBe('yesterday');
  });
});
