import { exerciseParams } from '@threadlab/contracts';
import type { SubmissionSummary, SubmissionView } from '@threadlab/contracts';
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Difficulty } from '../../../../src/components/Difficulty';
import { ExerciseWorkspace } from '../../../../src/components/ExerciseWorkspace';
import { HintList } from '../../../../src/components/HintList';
import { Markdown } from '../../../../src/components/Markdown';
import { ApiRequestError } from '../../../../src/lib/api/errors';
import { messagesFor } from '../../../../src/lib/i18n/messages';
import { sectionTitle } from '../../../../src/lib/i18n/section-titles';
import { firstCodeBlock, parseMarkdown } from '../../../../src/lib/markdown/parse';
import { currentUser } from '../../../../src/server/current-user';
import { requestLang } from '../../../../src/server/request-lang';
import { serverApi } from '../../../../src/server/server-api';

type Params = Promise<{ section: string; slug: string }>;

async function loadExercise(params: Params) {
  const parsed = exerciseParams.safeParse(await params);
  if (!parsed.success) notFound();
  const { section, slug } = parsed.data;
  try {
    return await (await serverApi()).exercise(`${section}/${slug}`);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 404) notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const [exercise, lang] = await Promise.all([loadExercise(params), requestLang()]);
  return { title: exercise.title[lang] };
}

/**
 * One exercise: the statement (server-rendered Markdown, in the chosen language), its hints,
 * and the workspace where the student edits, submits and reads results.
 */
export default async function ExercisePage({ params }: { params: Params }) {
  const [exercise, lang, user, api] = await Promise.all([
    loadExercise(params),
    requestLang(),
    currentUser(),
    serverApi(),
  ]);
  const t = messagesFor(lang);

  // The latest attempt opens with the page, so a reload shows where the student left off.
  let history: SubmissionSummary[] = [];
  let latest: SubmissionView | null = null;
  if (user) {
    history = await api.mySubmissions(exercise.id);
    if (history[0]) latest = await api.submission(history[0].id);
  }

  const statement = exercise.statement[lang];
  // A possible-outputs statement shows its program; traces number that program's lines.
  const program =
    exercise.kind === 'possible-outputs'
      ? firstCodeBlock(parseMarkdown(exercise.statement.en), 'python')
      : null;

  return (
    <div className="page exercise-page" data-testid="exercise" data-exercise-id={exercise.id}>
      <nav className="breadcrumbs">
        <Link href="/">{t.backToExercises}</Link>
        <span className="muted"> · {sectionTitle(exercise.section, lang)}</span>
      </nav>
      <header className="page-header exercise-header">
        <h1 data-testid="exercise-title">{exercise.title[lang]}</h1>
        <p className="exercise-meta">
          <Difficulty level={exercise.difficulty} lang={lang} />
          <span className="points">{t.points(exercise.points)}</span>
          {exercise.kind === 'possible-outputs' && (
            <span className="tag">{t.kindPossibleOutputs}</span>
          )}
          <code className="muted small">{exercise.id}</code>
        </p>
      </header>
      <div className="exercise-layout">
        <section className="statement-pane" aria-label={t.statement}>
          <Markdown source={statement} className="prose statement" withoutTitle />
          <HintList hints={exercise.hints} lang={lang} />
        </section>
        <ExerciseWorkspace
          key={exercise.id}
          lang={lang}
          exercise={exercise}
          signedIn={user !== null}
          initialHistory={history}
          initialShown={latest}
          program={program}
        />
      </div>
    </div>
  );
}
