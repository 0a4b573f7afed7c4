import Link from 'next/link';
import { messagesFor } from '../src/lib/i18n/messages';
import { requestLang } from '../src/server/request-lang';

export default async function NotFound() {
  const t = messagesFor(await requestLang());
  return (
    <div className="page narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <Link href="/">{t.backToExercises}</Link>
      </p>
    </div>
  );
}
