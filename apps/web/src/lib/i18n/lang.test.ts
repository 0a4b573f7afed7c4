import { describe, expect, it } from 'vitest';
import { langCookie, pickLang } from './lang';
import { MESSAGES } from './messages';

describe('pickLang', () => {
  it('prefers the remembered choice', () => {
    expect(pickLang('en', 'ru-RU,ru;q=0.9')).toBe('en');
    expect(pickLang('ru', 'en-US')).toBe('ru');
  });

  it("falls back to the browser's languages, by preference", () => {
    expect(pickLang(undefined, 'de-DE,de;q=0.9,en;q=0.8,ru;q=0.7')).toBe('en');
    expect(pickLang(undefined, 'en;q=0.5,ru-RU;q=0.9')).toBe('ru');
    expect(pickLang('fr', 'en-GB')).toBe('en');
  });

  it('defaults to Russian, the language of the course', () => {
    expect(pickLang(undefined, null)).toBe('ru');
    expect(pickLang(undefined, 'de,fr')).toBe('ru');
  });

  it('writes a cookie for the whole site that lasts a year', () => {
    expect(langCookie('en')).toBe('threadlab_lang=en; Path=/; Max-Age=31536000; SameSite=Lax');
  });
});

describe('MESSAGES', () => {
  it('has every text in both languages', () => {
    expect(Object.keys(MESSAGES.ru).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const [key, value] of Object.entries(MESSAGES.ru)) {
      if (typeof value === 'string') expect(value, key).not.toBe('');
    }
  });
});
