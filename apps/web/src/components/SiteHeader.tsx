import type { User } from '@threadlab/contracts';
import Link from 'next/link';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { LanguageSwitch } from './LanguageSwitch';
import { SignOutButton } from './SignOutButton';

export function SiteHeader({ lang, user }: { lang: Lang; user: User | null }) {
  const t = messagesFor(lang);
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link href="/" className="brand" aria-label={t.siteName}>
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path
              d="M9 7v18M16 7v18M23 7v18"
              stroke="#fff"
              strokeWidth="3"
              strokeLinecap="round"
              strokeDasharray="4 3"
            />
          </svg>
          {t.siteName}
        </Link>
        <nav className="site-nav" aria-label="main">
          <Link href="/">{t.navExercises}</Link>
          {user?.role === 'teacher' && <Link href="/teacher">{t.navTeacher}</Link>}
        </nav>
        <div className="site-header-end">
          <LanguageSwitch lang={lang} />
          {user ? (
            <div className="user-box">
              <span
                className="user-name"
                data-testid="user-name"
                title={`${t.signedInAs} ${user.email}`}
              >
                {user.name}
              </span>
              <SignOutButton lang={lang} />
            </div>
          ) : (
            <div className="user-box">
              <Link href="/sign-in">{t.signIn}</Link>
              <Link href="/sign-up" className="button small">
                {t.signUp}
              </Link>
            </div>
          )}
        </div>
      </div>
    </header>
  );
}
