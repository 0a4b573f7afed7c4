/** The two languages of the course: every statement, hint and explanation has both. */
export type Lang = 'ru' | 'en';
export const LANGS: readonly Lang[] = ['ru', 'en'];

/** The browser remembers its reader's choice in this cookie (a year), not their account. */
export const LANG_COOKIE = 'threadlab_lang';
export const LANG_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

export function isLang(value: unknown): value is Lang {
  return value === 'ru' || value === 'en';
}

/**
 * The language to show: the remembered choice if there is one, otherwise what the browser
 * asks for (Accept-Language, first of ru or en to appear), otherwise Russian, the course's
 * own language.
 */
export function pickLang(remembered: string | undefined, acceptLanguage: string | null): Lang {
  if (isLang(remembered)) return remembered;
  const wanted = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => /^q=([\d.]+)$/.exec(p.trim())?.[1]).find(Boolean);
      return { primary: tag.split('-')[0], q: q === undefined ? 1 : Number(q) };
    })
    .filter((entry) => isLang(entry.primary) && entry.q > 0)
    .sort((a, b) => b.q - a.q);
  const first = wanted[0]?.primary;
  return isLang(first) ? first : 'ru';
}

/** The cookie the language switch writes (read back by the server on the next request). */
export function langCookie(lang: Lang): string {
  return `${LANG_COOKIE}=${lang}; Path=/; Max-Age=${LANG_COOKIE_MAX_AGE_S}; SameSite=Lax`;
}
