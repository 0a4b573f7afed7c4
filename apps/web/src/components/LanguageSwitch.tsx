'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { LANGS, langCookie } from '../lib/i18n/lang';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';

/**
 * Русский / English. The choice is kept in a cookie, so the server renders the next page
 * (and this one, refreshed) in it: statements, hints, explanations and the interface alike.
 */
export function LanguageSwitch({ lang }: { lang: Lang }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const t = messagesFor(lang);

  const choose = (next: Lang) => {
    if (next === lang) return;
    document.cookie = langCookie(next);
    startTransition(() => router.refresh());
  };

  return (
    <div className="lang-switch" role="group" aria-label={t.language} aria-busy={pending}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          data-testid={`lang-${option}`}
          aria-pressed={option === lang}
          className={option === lang ? 'active' : undefined}
          onClick={() => choose(option)}
        >
          {option === 'ru' ? 'RU' : 'EN'}
        </button>
      ))}
    </div>
  );
}
