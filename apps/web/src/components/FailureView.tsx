'use client';

import { explainFailure } from '@threadlab/contracts';
import type { Failure } from '@threadlab/contracts';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { CopyButton } from './CopyButton';
import { TraceViewer } from './TraceViewer';

/**
 * One failure: its kind and message, what that kind means (in the chosen language) with the
 * lecture heading to reread, the interleaving that shows it, and the token to replay it.
 */
export function FailureView({
  failure,
  exerciseId,
  lang,
  source,
  sourceTitle,
}: {
  failure: Failure;
  exerciseId: string;
  lang: Lang;
  source: string | null;
  sourceTitle: string;
}) {
  const t = messagesFor(lang);
  // Stored results carry their explanation; an older one without it gets today's wording.
  const explanation = failure.explanation ?? explainFailure(failure.kind);
  const command = failure.schedule
    ? `pnpm grade ${exerciseId} solution.py --replay ${failure.schedule}`
    : null;

  return (
    <article
      className={`failure card kind-${failure.kind}`}
      data-testid="failure"
      data-kind={failure.kind}
    >
      <header className="failure-head">
        <span className={`kind-badge kind-${failure.kind}`} data-testid="failure-kind">
          {t.failureKind[failure.kind]}
        </span>
        <span className="muted small">
          {t.inCheck} <q>{failure.checkTitle?.[lang] ?? failure.check}</q>
        </span>
      </header>
      <p className="failure-message" data-testid="failure-message">
        {failure.localizedMessage?.[lang] ?? failure.message}
      </p>
      <div className="explanation" data-testid="explanation">
        <p>{explanation[lang]}</p>
        {explanation.lecture && (
          <p className="lecture-ref">
            {t.rereadLecture}:{' '}
            <strong data-testid="explanation-lecture">«{explanation.lecture}»</strong>
          </p>
        )}
      </div>
      {failure.trace && failure.trace.length > 0 && (
        <TraceViewer failure={failure} source={source} sourceTitle={sourceTitle} lang={lang} />
      )}
      {failure.schedule && command && (
        <div className="replay" data-testid="replay-token">
          <span className="muted small">{t.replayToken}</span>
          <div className="replay-row">
            <code className="token">{failure.schedule}</code>
            <CopyButton text={failure.schedule} label={t.copy} doneLabel={t.copied} />
          </div>
          <details>
            <summary className="muted small">{t.replayHint}</summary>
            <code className="command">{command}</code>
          </details>
        </div>
      )}
    </article>
  );
}
