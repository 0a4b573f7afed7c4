'use client';

import { deprecationAdvice } from '@threadlab/contracts';
import type { GradeResult } from '@threadlab/contracts';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { Markdown } from './Markdown';
import { FailureView } from './FailureView';

/** A grade result: verdict and score, every check, deprecated names, and each failure. */
export function ResultView({
  result,
  lang,
  source,
  sourceTitle,
}: {
  result: GradeResult;
  lang: Lang;
  source: string | null;
  sourceTitle: string;
}) {
  const t = messagesFor(lang);
  const percent = Math.round(result.score * 100);
  const deprecated = result.deprecated ?? [];
  const notes = result.notes ?? [];

  return (
    <div className="result" data-testid="result">
      <div className={`verdict-banner verdict-${result.verdict}`}>
        <span className="verdict" data-testid="verdict" data-verdict={result.verdict}>
          {result.verdict === 'pass' ? '✓ ' : result.verdict === 'fail' ? '✗ ' : '! '}
          {t.verdict[result.verdict]}
        </span>
        <span className="score" data-testid="score" data-score={result.score}>
          {t.score}: <strong>{percent}%</strong>
        </span>
        <span className="muted small stats">
          {t.stats(result.stats.schedules, result.stats.elapsedMs)}
        </span>
      </div>

      {result.checks && result.checks.length > 0 && (
        <section className="checks">
          <h3>{t.checks}</h3>
          <ul>
            {result.checks.map((check) => (
              <li
                key={check.name}
                className={check.passed ? 'passed' : 'failed'}
                data-testid="check"
                data-passed={check.passed}
              >
                <span
                  className="check-mark"
                  aria-label={check.passed ? t.checkPassed : t.checkFailed}
                >
                  {check.passed ? '✓' : '✗'}
                </span>
                <span className="check-name">{check.title?.[lang] ?? check.name}</span>
                <span className="muted small">
                  {!check.passed && check.kind && <>{t.failureKind[check.kind]} · </>}
                  {t.schedulesChecked(check.schedules)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {deprecated.length > 0 && (
        <section className="deprecated" data-testid="deprecated">
          <h3>{t.deprecatedTitle}</h3>
          <ul>
            {deprecated.map((use, index) => {
              const advice = deprecationAdvice(use);
              return (
                <li key={`${use.name}-${use.line ?? index}`}>
                  <Markdown source={advice[lang]} className="inline-markdown" />
                  {advice.lecture && (
                    <span className="muted small">
                      {' '}
                      {t.lecture}: «{advice.lecture}»
                    </span>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {notes.length > 0 && (
        <section className="notes">
          <h3>{t.notes}</h3>
          <ul>
            {notes.map((note) => (
              <li key={note}>{note}</li>
            ))}
          </ul>
        </section>
      )}

      {result.failures.length > 0 && (
        <section className="failures">
          <h3>
            {t.failures}{' '}
            <span className="muted small">({t.failureCount(result.failures.length)})</span>
          </h3>
          {result.failures.map((failure, index) => (
            <FailureView
              key={`${failure.check}-${index}`}
              failure={failure}
              exerciseId={result.exercise}
              lang={lang}
              source={source}
              sourceTitle={sourceTitle}
            />
          ))}
        </section>
      )}
    </div>
  );
}
