import type { Metadata } from 'next';
import Link from 'next/link';
import { formatWhen } from '../../../src/lib/format-when';
import { messagesFor } from '../../../src/lib/i18n/messages';
import { requestLang } from '../../../src/server/request-lang';
import { requireTeacher } from '../../../src/server/require-teacher';
import { serverApi } from '../../../src/server/server-api';

export const metadata: Metadata = { title: 'Submissions' };

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** Teachers: submissions, newest first, of one student and/or one exercise. */
export default async function TeacherSubmissionsPage({ searchParams }: { searchParams: Search }) {
  const search = await searchParams;
  const userId = one(search.userId);
  const exerciseId = one(search.exerciseId);
  const [lang, teacher] = await Promise.all([
    requestLang(),
    requireTeacher('/teacher/submissions'),
  ]);
  const t = messagesFor(lang);
  if (!teacher) return <p className="narrow">{t.teacherOnly}</p>;
  const submissions = await (await serverApi()).teacherSubmissions({ userId, exerciseId });
  const who = userId ? (submissions[0]?.user.name ?? userId) : null;

  return (
    <div className="page teacher-page">
      <nav className="breadcrumbs">
        <Link href="/teacher">← {t.navTeacher}</Link>
      </nav>
      <header className="page-header">
        <h1>{t.teacherSubmissionsTitle}</h1>
        <p className="lead">{t.teacherFilter(who, exerciseId ?? null)}</p>
      </header>
      {submissions.length === 0 ? (
        <p className="muted">{t.teacherNoSubmissions}</p>
      ) : (
        <div className="table-scroll">
          <table className="submissions-table" data-testid="teacher-submissions">
            <thead>
              <tr>
                <th>{t.whenColumn}</th>
                <th>{t.teacherStudent}</th>
                <th>{t.exerciseColumn}</th>
                <th>{t.outcomeColumn}</th>
              </tr>
            </thead>
            <tbody>
              {submissions.map((submission) => (
                <tr key={submission.id}>
                  <td>
                    <Link href={`/teacher/submissions/${submission.id}`}>
                      {formatWhen(submission.createdAt, lang)}
                    </Link>
                  </td>
                  <td>{submission.user.name}</td>
                  <td>
                    <code>{submission.exerciseId}</code>
                  </td>
                  <td>
                    <span className={`pill outcome-${submission.verdict ?? submission.status}`}>
                      {submission.verdict
                        ? t.verdict[submission.verdict]
                        : t.status[submission.status].split(':')[0]}
                    </span>{' '}
                    {submission.score !== undefined && `${Math.round(submission.score * 100)}%`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
