import type { SubmissionSummary } from '@threadlab/contracts';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { formatWhen } from '../lib/format-when';

/** The student's attempts at this exercise, newest first; any of them can be opened. */
export function HistoryList({
  submissions,
  shownId,
  lang,
  onOpen,
}: {
  submissions: readonly SubmissionSummary[];
  shownId: string | null;
  lang: Lang;
  onOpen: (id: string) => void;
}) {
  const t = messagesFor(lang);
  return (
    <section className="history" data-testid="history">
      <h3>{t.historyTitle}</h3>
      {submissions.length === 0 ? (
        <p className="muted small">{t.historyEmpty}</p>
      ) : (
        <ol className="history-list">
          {submissions.map((submission, index) => {
            const shown = submission.id === shownId;
            const number = submissions.length - index;
            const outcome = submission.verdict ?? submission.status;
            return (
              <li key={submission.id}>
                <button
                  type="button"
                  className={`history-item${shown ? ' shown' : ''}`}
                  data-testid="history-item"
                  data-submission-id={submission.id}
                  data-status={submission.status}
                  data-verdict={submission.verdict}
                  aria-current={shown ? 'true' : undefined}
                  onClick={() => onOpen(submission.id)}
                >
                  <span className="history-number">#{number}</span>
                  <time
                    dateTime={submission.createdAt}
                    className="history-time"
                    suppressHydrationWarning
                  >
                    {formatWhen(submission.createdAt, lang, { compact: true })}
                  </time>
                  <span className={`pill outcome-${outcome}`}>
                    {submission.verdict
                      ? t.verdict[submission.verdict]
                      : t.status[submission.status].split(':')[0]}
                  </span>
                  <span className="history-score">
                    {submission.score !== undefined ? `${Math.round(submission.score * 100)}%` : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
