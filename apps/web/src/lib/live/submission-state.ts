import type {
  SubmissionStatusMessage,
  SubmissionSummary,
  SubmissionView,
} from '@threadlab/contracts';

const isTerminal = (status: SubmissionSummary['status']) =>
  status === 'finished' || status === 'error';

/**
 * Folds one live message into the submission the page shows. Messages can arrive late or
 * twice (a reconnect replays the current state; Redis may deliver a worker's "running" after
 * another's "finished"), so a finished submission never goes back to running. A retry after
 * an infrastructure failure may legitimately go from running back to queued.
 */
export function applyStatusMessage(
  current: SubmissionView,
  message: SubmissionStatusMessage,
): SubmissionView {
  if (message.submissionId !== current.id) return current;
  if (isTerminal(current.status)) return current;
  const next: SubmissionView = { ...current, status: message.status };
  if (message.status === 'running' && message.progress) next.progress = message.progress;
  if (message.status === 'queued') delete next.progress;
  if (message.result) {
    next.result = message.result;
    next.verdict = message.result.verdict;
    next.score = message.result.score;
  }
  return next;
}

/** The same for a row of the history list (which has no code, progress or result). */
export function applyStatusToSummary(
  summary: SubmissionSummary,
  message: SubmissionStatusMessage,
): SubmissionSummary {
  if (message.submissionId !== summary.id || isTerminal(summary.status)) return summary;
  return {
    ...summary,
    status: message.status,
    ...(message.result ? { verdict: message.result.verdict, score: message.result.score } : {}),
  };
}

/**
 * Whether the page still has to ask the API for the finished submission: the live message
 * said "finished" but did not carry the result (or the page missed it).
 */
export function needsResult(view: SubmissionView): boolean {
  return view.status === 'finished' && view.result === undefined;
}

/** Still in the grader's hands: worth following live (and polling when the socket is down). */
export function isPending(view: Pick<SubmissionView, 'status'>): boolean {
  return !isTerminal(view.status);
}
