import type { Lang } from './i18n/lang';

/**
 * "25 Nov, 07:12:05" in the reader's language and the local time zone (the server's while
 * rendering, the browser's once hydrated: the element tolerates the difference).
 */
export function formatWhen(
  iso: string,
  lang: Lang,
  options: { compact?: boolean; timeZone?: string } = {},
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  // Compact ("25.11, 07:12") where a phone's row has little room.
  const dateParts: Intl.DateTimeFormatOptions = options.compact
    ? { day: '2-digit', month: '2-digit' }
    : { day: 'numeric', month: 'short', second: '2-digit' };
  return new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    ...dateParts,
    hour: '2-digit',
    minute: '2-digit',
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
  }).format(date);
}
