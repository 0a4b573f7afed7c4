'use client';

import { useEffect } from 'react';
import { isLang } from '../src/lib/i18n/lang';
import { messagesFor } from '../src/lib/i18n/messages';

/**
 * What a page shows when loading it failed (most often: the API is down). The server's
 * message is not shown (production hides it); the visitor can retry.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const lang =
    typeof document !== 'undefined' && isLang(document.documentElement.lang)
      ? document.documentElement.lang
      : 'ru';
  const t = messagesFor(lang);
  return (
    <div className="page narrow" data-testid="error-page">
      <h1>{t.errorTitle}</h1>
      <p>{t.error.unavailable}</p>
      {error.digest && <p className="muted small">{error.digest}</p>}
      <button type="button" className="button primary" onClick={reset}>
        {t.tryAgain}
      </button>
    </div>
  );
}
