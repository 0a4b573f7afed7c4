'use client';

import type {
  ExerciseDetail,
  SubmissionStatusMessage,
  SubmissionSummary,
  SubmissionView,
} from '@threadlab/contracts';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { browserApi } from '../lib/api/browser-api';
import { ApiRequestError } from '../lib/api/errors';
import { formatWhen } from '../lib/format-when';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { LiveConnection } from '../lib/live/live-connection';
import type { LiveState } from '../lib/live/live-connection';
import { liveSocketUrl } from '../lib/live/live-url';
import {
  applyStatusMessage,
  applyStatusToSummary,
  isPending,
  needsResult,
} from '../lib/live/submission-state';
import { CodeEditor } from './CodeEditor';
import { HistoryList } from './HistoryList';
import { ResultView } from './ResultView';
import { SubmissionProgress } from './SubmissionProgress';

const draftKey = (exerciseId: string) => `threadlab:draft:${exerciseId}`;

// While a submission is being graded the page also asks the API now and then: a live
// message can be lost (the socket reconnecting, Redis pub/sub dropping it), the record
// in Postgres cannot.
const POLL_WHILE_LIVE_MS = 5000;
const POLL_WHILE_OFFLINE_MS = 1500;

function summaryOf(view: SubmissionView): SubmissionSummary {
  const { code: _code, progress: _progress, result: _result, ...summary } = view;
  return summary;
}

/**
 * The interactive half of an exercise page: the editor and Submit, the live progress of the
 * submission being graded, its result (or any past attempt's), and the list of attempts.
 */
export function ExerciseWorkspace({
  lang,
  exercise,
  signedIn,
  initialHistory,
  initialShown,
  program,
}: {
  lang: Lang;
  exercise: ExerciseDetail;
  signedIn: boolean;
  initialHistory: SubmissionSummary[];
  initialShown: SubmissionView | null;
  /** For possible-outputs exercises: the program the traces' line numbers refer to. */
  program: string | null;
}) {
  const t = messagesFor(lang);
  const [code, setCode] = useState(initialShown?.code ?? exercise.starter);
  const [history, setHistory] = useState(initialHistory);
  const [shown, setShown] = useState(initialShown);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [liveState, setLiveState] = useState<LiveState>('connecting');

  // Live messages for submissions the page does not know yet (the POST's answer may come
  // after the grader already started): kept until the answer arrives.
  const early = useRef(new Map<string, SubmissionStatusMessage[]>());

  const describeError = useCallback(
    (error: unknown) => {
      const code = error instanceof ApiRequestError ? error.code : 'internal';
      return (t.error as Record<string, string>)[code] ?? t.error.internal;
    },
    [t],
  );

  // The draft survives a reload: this browser's last text wins over the last submission.
  useEffect(() => {
    const draft = window.localStorage.getItem(draftKey(exercise.id));
    if (draft !== null) setCode(draft);
  }, [exercise.id]);

  const edit = (value: string) => {
    setCode(value);
    try {
      window.localStorage.setItem(draftKey(exercise.id), value);
    } catch {
      // Storage full or disabled: the draft just isn't kept.
    }
  };

  // The submissions this page shows (the one open and the history): live messages about
  // them are applied, others are kept in `early` for a moment.
  const known = useRef(
    new Set([...initialHistory.map((row) => row.id), ...(initialShown ? [initialShown.id] : [])]),
  );

  const onMessage = useCallback((message: SubmissionStatusMessage) => {
    if (!known.current.has(message.submissionId)) {
      const list = early.current.get(message.submissionId) ?? [];
      early.current.set(message.submissionId, [...list, message].slice(-20));
      if (early.current.size > 20) early.current.delete(early.current.keys().next().value!);
      return;
    }
    setShown((current) => (current ? applyStatusMessage(current, message) : current));
    setHistory((rows) => rows.map((row) => applyStatusToSummary(row, message)));
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    const connection = new LiveConnection({
      url: liveSocketUrl(window.location, process.env.NEXT_PUBLIC_API_WS_URL),
      onMessage: (message) => {
        if (message.type === 'submission.status') onMessage(message);
      },
      onState: setLiveState,
    });
    connection.start();
    return () => connection.stop();
  }, [signedIn, onMessage]);

  // Re-reads the shown submission from the API (the record), keeping a finished state.
  const refresh = useCallback(async (id: string) => {
    try {
      const view = await browserApi.submission(id);
      setShown((current) => (current?.id === id && isPending(current) ? view : current));
      setHistory((rows) =>
        rows.map((row) => (row.id === id && isPending(row) ? summaryOf(view) : row)),
      );
    } catch {
      // The next poll, or the next live message, tries again.
    }
  }, []);

  const shownId = shown?.id ?? null;
  const shownPending = shown ? isPending(shown) : false;
  const shownNeedsResult = shown ? needsResult(shown) : false;

  useEffect(() => {
    if (shownId && shownNeedsResult) void refresh(shownId);
  }, [shownId, shownNeedsResult, refresh]);

  useEffect(() => {
    if (!shownId || !shownPending) return;
    // Back online: what happened meanwhile was not sent again.
    if (liveState === 'open') void refresh(shownId);
    const every = liveState === 'open' ? POLL_WHILE_LIVE_MS : POLL_WHILE_OFFLINE_MS;
    const timer = setInterval(() => void refresh(shownId), every);
    return () => clearInterval(timer);
  }, [shownId, shownPending, liveState, refresh]);

  const submit = async () => {
    if (submitting) return;
    const size = new TextEncoder().encode(code).length;
    if (size > exercise.codeKb * 1024) {
      setSubmitError(`${t.error.code_too_large} (${t.sizeLimit(exercise.codeKb)})`);
      return;
    }
    setSubmitting(true);
    setSubmitError(null);
    try {
      let view = await browserApi.submit(exercise.id, code);
      known.current.add(view.id);
      for (const message of early.current.get(view.id) ?? [])
        view = applyStatusMessage(view, message);
      early.current.delete(view.id);
      setShown(view);
      setHistory((rows) => [summaryOf(view), ...rows.filter((row) => row.id !== view.id)]);
    } catch (error) {
      setSubmitError(describeError(error));
    } finally {
      setSubmitting(false);
    }
  };

  const open = async (id: string) => {
    if (id === shown?.id) return;
    setOpening(id);
    try {
      setShown(await browserApi.submission(id));
    } catch (error) {
      setSubmitError(describeError(error));
    } finally {
      setOpening(null);
    }
  };

  const onEditorKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && signedIn) {
      event.preventDefault();
      void submit();
    }
  };

  const resetToStarter = () => {
    if (code !== exercise.starter && !window.confirm(t.resetConfirm)) return;
    edit(exercise.starter);
  };

  const latestId = history[0]?.id ?? null;
  const viewingPast = shown !== null && latestId !== null && shown.id !== latestId;
  const source = exercise.kind === 'code' ? (shown?.code ?? null) : program;
  const sourceTitle = exercise.kind === 'code' ? t.sourceTitle : t.programTitle;
  const nextPath = `/exercises/${exercise.id}`;

  return (
    <>
      <section className="editor-pane" aria-label={t.editorLabel}>
        <div className="pane-head">
          <h2>{exercise.kind === 'code' ? t.editorLabel : t.editorLabelOutputs}</h2>
          <button type="button" className="link-button small" onClick={resetToStarter}>
            {t.resetStarter}
          </button>
        </div>
        <div onKeyDown={onEditorKeyDown}>
          <CodeEditor
            kind={exercise.kind}
            value={code}
            onChange={edit}
            label={exercise.kind === 'code' ? t.editorLabel : t.editorLabelOutputs}
          />
        </div>
        <div className="submit-bar">
          {signedIn ? (
            <button
              type="button"
              className="button primary"
              data-testid="submit"
              disabled={submitting}
              onClick={() => void submit()}
              title="Ctrl+Enter"
            >
              {submitting ? t.submitting : t.submit}
            </button>
          ) : (
            <Link
              className="button primary"
              href={`/sign-in?next=${encodeURIComponent(nextPath)}`}
              data-testid="sign-in-to-submit"
            >
              {t.signInToSubmit}
            </Link>
          )}
          <span className="muted small">{t.sizeLimit(exercise.codeKb)}</span>
        </div>
        {submitError && (
          <p className="form-error" role="alert" data-testid="submit-error">
            {submitError}
          </p>
        )}
        {shown && <SubmissionProgress submission={shown} lang={lang} live={liveState === 'open'} />}
        {signedIn && (
          <HistoryList
            submissions={history}
            shownId={shown?.id ?? null}
            lang={lang}
            onOpen={(id) => void open(id)}
          />
        )}
        {opening && <p className="muted small">{t.working}</p>}
      </section>

      <section className="result-pane" id="result" aria-label={t.resultTitle}>
        <div className="pane-head">
          <h2>{t.resultTitle}</h2>
          {shown && (
            <span className="muted small" suppressHydrationWarning>
              {history.some((row) => row.id === shown.id) &&
                `#${history.length - history.findIndex((row) => row.id === shown.id)} · `}
              {formatWhen(shown.createdAt, lang)}
            </span>
          )}
        </div>
        {viewingPast && shown && (
          <div className="past-banner">
            <span suppressHydrationWarning>{t.viewingPast(formatWhen(shown.createdAt, lang))}</span>
            <span className="past-actions">
              {shown.code !== code && (
                <button
                  type="button"
                  className="button small ghost"
                  onClick={() => edit(shown.code)}
                >
                  {t.restoreCode}
                </button>
              )}
              {latestId && (
                <button
                  type="button"
                  className="button small ghost"
                  onClick={() => void open(latestId)}
                >
                  {t.backToLatest}
                </button>
              )}
            </span>
          </div>
        )}
        {shown?.result ? (
          <ResultView
            key={shown.id}
            result={shown.result}
            lang={lang}
            source={source}
            sourceTitle={sourceTitle}
          />
        ) : shown && isPending(shown) ? (
          <p className="muted">{t.status[shown.status]}…</p>
        ) : shown?.status === 'error' ? (
          <p className="form-error">{t.status.error}</p>
        ) : (
          <p className="muted">{t.noResultYet}</p>
        )}
      </section>
    </>
  );
}
