import type { SubmissionView } from '@threadlab/contracts';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';

const STAGES = ['queued', 'running', 'finished'] as const;

/**
 * Queued → running (schedules explored so far) → finished, as the live messages say. The
 * `data-status` attribute carries the raw status for tests and styles.
 */
export function SubmissionProgress({
  submission,
  lang,
  live,
}: {
  submission: Pick<SubmissionView, 'status' | 'progress' | 'verdict' | 'score'>;
  lang: Lang;
  live: boolean;
}) {
  const t = messagesFor(lang);
  const { status, progress, verdict, score } = submission;
  const reached = status === 'error' ? 2 : STAGES.indexOf(status);
  const pending = status === 'queued' || status === 'running';

  return (
    <div
      className={`progress-box status-${status}`}
      data-testid="submission-status"
      data-status={status}
      role="status"
      aria-live="polite"
    >
      <ol className="stages" aria-hidden="true">
        {STAGES.map((stage, index) => (
          <li
            key={stage}
            className={index < reached ? 'done' : index === reached ? 'current' : undefined}
          >
            <span className="stage-dot" />
            <span className="stage-name">
              {stage === 'finished' && status === 'error'
                ? t.verdict.error
                : t.status[stage].split(':')[0]}
            </span>
          </li>
        ))}
      </ol>
      <p className="progress-text">
        {pending && <span className="spinner" aria-hidden="true" />}
        <span>{t.status[status]}</span>
        {status === 'finished' && verdict && (
          <>
            {' — '}
            <span className={`pill outcome-${verdict}`}>{t.verdict[verdict]}</span>
            {score !== undefined && <span>{Math.round(score * 100)}%</span>}
            <a href="#result" className="small see-result">
              {t.seeResult} ↓
            </a>
          </>
        )}
        {status === 'running' && progress && (
          <span
            className="progress-detail"
            data-testid="progress-schedules"
            data-schedules={progress.schedules}
          >
            {' — '}
            {t.schedulesExplored(progress.schedules)}
            {progress.scenario && (
              <>
                {' · '}
                <span className="muted">
                  {t.scenario}: {progress.scenario}
                </span>
              </>
            )}
          </span>
        )}
      </p>
      {pending && !live && <p className="muted small">{t.liveOffline}</p>}
    </div>
  );
}
