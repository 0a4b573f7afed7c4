import { submissionParams } from '@threadlab/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ResultView } from '../../../../src/components/ResultView';
import { SourceListing } from '../../../../src/components/SourceListing';
import { SubmissionProgress } from '../../../../src/components/SubmissionProgress';
import { ApiRequestError } from '../../../../src/lib/api/errors';
import { formatWhen } from '../../../../src/lib/format-when';
import { messagesFor } from '../../../../src/lib/i18n/messages';
import { requestLang } from '../../../../src/server/request-lang';
import { requireTeacher } from '../../../../src/server/require-teacher';
import { serverApi } from '../../../../src/server/server-api';

export const metadata: Metadata = { title: 'Submission' };

/** Teachers: one student's submission, its code and its result with the interleavings. */
export default async function TeacherSubmissionPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  const parsed = submissionParams.safeParse(await params);
  if (!parsed.success) notFound();
  const path = `/teacher/submissions/${parsed.data.id}`;
  const [lang, teacher] = await Promise.all([requestLang(), requireTeacher(path)]);
  const t = messagesFor(lang);
  if (!teacher) return <p className="narrow">{t.teacherOnly}</p>;
  let submission;
  try {
    submission = await (await serverApi()).teacherSubmission(parsed.data.id);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) notFound();
    throw error;
  }

  return (
    <div className="page teacher-page">
      <nav className="breadcrumbs">
        <Link href={`/teacher/submissions?userId=${encodeURIComponent(submission.user.id)}`}>
          ← {t.teacherSubmissionsTitle}: {submission.user.name}
        </Link>
      </nav>
      <header className="page-header">
        <h1>{t.teacherSubmissionOf(submission.user.name)}</h1>
        <p className="exercise-meta">
          <Link href={`/exercises/${submission.exerciseId}`}>
            <code>{submission.exerciseId}</code>
          </Link>
          <span>{submission.user.email}</span>
          <span>{formatWhen(submission.createdAt, lang)}</span>
        </p>
      </header>
      <div className="exercise-layout">
        <section className="statement-pane">
          <SourceListing source={submission.code} title={t.teacherCode} currentLine={null} />
        </section>
        <section className="editor-pane">
          <SubmissionProgress submission={submission} lang={lang} live />
        </section>
        <section className="result-pane">
          <h2>{t.resultTitle}</h2>
          {submission.result ? (
            <ResultView
              result={submission.result}
              lang={lang}
              source={submission.code}
              sourceTitle={t.teacherCode}
            />
          ) : (
            <p className="muted">{t.status[submission.status]}</p>
          )}
        </section>
      </div>
    </div>
  );
}
