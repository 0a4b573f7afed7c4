import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { AuthForm } from '../../src/components/AuthForm';
import { safeNextPath } from '../../src/lib/safe-next';
import { currentUser } from '../../src/server/current-user';
import { requestLang } from '../../src/server/request-lang';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNextPath((await searchParams).next);
  if (await currentUser().catch(() => null)) redirect(next);
  return (
    <div className="page auth-page">
      <AuthForm mode="sign-in" lang={await requestLang()} next={next} />
    </div>
  );
}
