import { cookies, headers } from 'next/headers';
import { LANG_COOKIE, pickLang } from '../lib/i18n/lang';
import type { Lang } from '../lib/i18n/lang';

/** The language of this request: the browser's remembered choice, else Accept-Language. */
export async function requestLang(): Promise<Lang> {
  const [jar, head] = await Promise.all([cookies(), headers()]);
  return pickLang(jar.get(LANG_COOKIE)?.value, head.get('accept-language'));
}
