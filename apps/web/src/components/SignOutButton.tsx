'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { browserApi } from '../lib/api/browser-api';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';

export function SignOutButton({ lang }: { lang: Lang }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const t = messagesFor(lang);

  const signOut = async () => {
    setBusy(true);
    try {
      await browserApi.signOut();
    } finally {
      // Signed out or not (the session may be gone already), the pages must forget the user.
      router.push('/sign-in');
      router.refresh();
      setBusy(false);
    }
  };

  return (
    <button
      type="button"
      className="link-button"
      data-testid="sign-out"
      disabled={busy}
      onClick={() => void signOut()}
    >
      {t.signOut}
    </button>
  );
}
