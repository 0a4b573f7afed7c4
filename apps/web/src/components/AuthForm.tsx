'use client';

import { PASSWORD_MIN_LENGTH } from '@threadlab/contracts';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { browserApi } from '../lib/api/browser-api';
import { ApiRequestError } from '../lib/api/errors';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';

/** Sign in or sign up; on success, back to where the visitor was going. */
export function AuthForm({
  mode,
  lang,
  next,
}: {
  mode: 'sign-in' | 'sign-up';
  lang: Lang;
  next: string;
}) {
  const router = useRouter();
  const t = messagesFor(lang);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    setBusy(true);
    setError(null);
    try {
      if (mode === 'sign-up') {
        await browserApi.signUp({
          email: field('email'),
          name: field('name'),
          password: field('password'),
        });
      } else {
        await browserApi.signIn({ email: field('email'), password: field('password') });
      }
      router.replace(next);
      router.refresh();
    } catch (caught) {
      const code = caught instanceof ApiRequestError ? caught.code : 'internal';
      setError(t.error[code]);
      setBusy(false);
    }
  };

  const otherMode = mode === 'sign-in' ? 'sign-up' : 'sign-in';
  const otherHref =
    next === '/' ? `/${otherMode}` : `/${otherMode}?next=${encodeURIComponent(next)}`;

  return (
    <form
      className="auth-form card"
      data-testid={`${mode}-form`}
      onSubmit={(event) => void submit(event)}
      noValidate={false}
    >
      <h1>{mode === 'sign-in' ? t.signInTitle : t.signUpTitle}</h1>
      <label>
        <span>{t.email}</span>
        <input name="email" type="email" autoComplete="email" required maxLength={254} />
      </label>
      {mode === 'sign-up' && (
        <label>
          <span>{t.name}</span>
          <input name="name" type="text" autoComplete="name" required maxLength={100} />
        </label>
      )}
      <label>
        <span>{t.password}</span>
        <input
          name="password"
          type="password"
          autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
          required
          minLength={mode === 'sign-up' ? PASSWORD_MIN_LENGTH : 1}
          maxLength={200}
        />
        {mode === 'sign-up' && (
          <small className="muted">{t.passwordRule(PASSWORD_MIN_LENGTH)}</small>
        )}
      </label>
      {error && (
        <p className="form-error" role="alert" data-testid="auth-error">
          {error}
        </p>
      )}
      <button type="submit" className="button primary" data-testid="auth-submit" disabled={busy}>
        {busy ? t.working : mode === 'sign-in' ? t.signIn : t.signUp}
      </button>
      <p className="muted auth-switch">
        {mode === 'sign-in' ? t.noAccount : t.haveAccount}{' '}
        <Link href={otherHref}>{mode === 'sign-in' ? t.signUp : t.signIn}</Link>
      </p>
    </form>
  );
}
