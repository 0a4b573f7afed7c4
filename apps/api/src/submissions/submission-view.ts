import {
  gradeResult,
  submissionProgress,
  verdict as verdictSchema,
  type SubmissionSummary,
  type SubmissionView,
} from '@threadlab/contracts';
import type { Submission } from '@threadlab/db';

/** The columns a summary needs (lists select only these). */
export const SUMMARY_SELECT = {
  id: true,
  exerciseId: true,
  status: true,
  createdAt: true,
  startedAt: true,
  finishedAt: true,
  verdict: true,
  score: true,
} as const;

type SummaryRow = Pick<Submission, keyof typeof SUMMARY_SELECT>;

export function toSubmissionSummary(row: SummaryRow): SubmissionSummary {
  const verdict = verdictSchema.safeParse(row.verdict);
  return {
    id: row.id,
    exerciseId: row.exerciseId,
    status: row.status,
    createdAt: row.createdAt.toISOString(),
    ...(row.startedAt && { startedAt: row.startedAt.toISOString() }),
    ...(row.finishedAt && { finishedAt: row.finishedAt.toISOString() }),
    ...(verdict.success && { verdict: verdict.data }),
    ...(row.score !== null && { score: row.score }),
  };
}

/**
 * A stored row as its owner sees it. Progress and result are JSON written by the worker;
 * one that does not match its schema is left out (and the page shows the status alone)
 * rather than failing the whole answer.
 */
export function toSubmissionView(
  row: Submission,
  log?: { warn(object: object, message: string): void },
): SubmissionView {
  const view: SubmissionView = { ...toSubmissionSummary(row), code: row.code };
  if (row.progress !== null) {
    const progress = submissionProgress.safeParse(row.progress);
    if (progress.success) view.progress = progress.data;
  }
  if (row.result !== null) {
    const result = gradeResult.safeParse(row.result);
    if (result.success) view.result = result.data;
    else
      log?.warn(
        { submissionId: row.id, issues: result.error.issues },
        'stored result does not match gradeResult',
      );
  }
  return view;
}
