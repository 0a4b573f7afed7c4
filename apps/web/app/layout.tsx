import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '../src/components/SiteHeader';
import { currentUser } from '../src/server/current-user';
import { requestLang } from '../src/server/request-lang';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'threadlab', template: '%s · threadlab' },
  description: 'Auto-graded exercises for the lecture on Python threading.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The header must render even when the API is down: the page below says what is wrong.
  const [lang, user] = await Promise.all([requestLang(), currentUser().catch(() => null)]);
  return (
    <html lang={lang}>
      <body>
        <SiteHeader lang={lang} user={user} />
        <main className="site-main">{children}</main>
      </body>
    </html>
  );
}
