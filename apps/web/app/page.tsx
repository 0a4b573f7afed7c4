import type { ExerciseStanding, SectionView } from '@threadlab/contracts';
import Link from 'next/link';
import { Difficulty } from '../src/components/Difficulty';
import type { Lang } from '../src/lib/i18n/lang';
import { messagesFor } from '../src/lib/i18n/messages';
import { sectionTitle } from '../src/lib/i18n/section-titles';
import { serverApi } from '../src/server/server-api';
import { requestLang } from '../src/server/request-lang';

export const dynamic = 'force-dynamic';

/** The lecture's sections in lecture order, each with its exercises and the visitor's standing. */
export default async function SectionsPage() {
  const [lang, api] = await Promise.all([requestLang(), serverApi()]);
  const { sections } = await api.sections();
  const t = messagesFor(lang);

  return (
    <div className="page sections-page">
      <header className="page-header">
        <h1>{t.sectionsTitle}</h1>
        <p className="lead">{t.sectionsIntro}</p>
      </header>
      <ol className="section-list">
        {sections.map((section) => (
          <SectionCard key={section.id} section={section} lang={lang} />
        ))}
      </ol>
    </div>
  );
}

function SectionCard({ section, lang }: { section: SectionView; lang: Lang }) {
  const t = messagesFor(lang);
  return (
    <li className="section-card" data-testid="section" data-section={section.id}>
      <div className="section-head">
        <h2>
          <span className="section-number">{section.position + 1}</span>
          {sectionTitle(section.id, lang)}
        </h2>
        {section.headings.length > 0 && (
          <p className="section-headings">
            <span className="muted">{t.lectureHeadings}: </span>
            {section.headings.map((heading, index) => (
              <span key={heading}>
                {index > 0 && ' · '}«{heading}»
              </span>
            ))}
          </p>
        )}
      </div>
      <ul className="exercise-list">
        {section.exercises.map((exercise) => (
          <li key={exercise.id}>
            <Link
              href={`/exercises/${exercise.id}`}
              className="exercise-row"
              data-testid="exercise-link"
              data-exercise-id={exercise.id}
            >
              <span className="exercise-title">
                {exercise.title[lang]}
                {exercise.kind === 'possible-outputs' && (
                  <span className="tag">{t.kindPossibleOutputs}</span>
                )}
              </span>
              <span className="exercise-meta">
                <Difficulty level={exercise.difficulty} lang={lang} />
                <span className="points">{t.points(exercise.points)}</span>
                <Standing standing={exercise.mine} lang={lang} />
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </li>
  );
}

function Standing({ standing, lang }: { standing: ExerciseStanding | null; lang: Lang }) {
  const t = messagesFor(lang);
  if (standing === null) return null;
  if (standing.lastStatus === 'queued' || standing.lastStatus === 'running') {
    return (
      <span className="standing pending" data-testid="standing" data-standing="grading">
        {t.standingGrading}
      </span>
    );
  }
  if (standing.solved) {
    return (
      <span className="standing solved" data-testid="standing" data-standing="solved">
        ✓ {t.standingSolved}
      </span>
    );
  }
  if (standing.attempts === 0 || standing.bestScore === null) {
    return (
      <span className="standing none" data-testid="standing" data-standing="none">
        {standing.attempts === 0 ? t.standingNone : t.attempts(standing.attempts)}
      </span>
    );
  }
  return (
    <span className="standing partial" data-testid="standing" data-standing="attempted">
      {t.standingBest(Math.round(standing.bestScore * 100))}
    </span>
  );
}
