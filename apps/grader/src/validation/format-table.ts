import type { Finding } from './validate-exercise.js';

/**
 * The validation table (issue: "prints a table"): one row per solution of every exercise,
 * what it must show, whether it did, and the median time of one grading. Problems are
 * listed again below the table with their seed, so a failing run can be reproduced.
 */
export function formatValidationTable(findings: readonly Finding[]): string {
  const header = ['exercise', 'solution', 'must', 'result', 'median'];
  const rows = [...findings]
    .sort((a, b) => a.exercise.localeCompare(b.exercise) || rank(a) - rank(b))
    .map((finding) => [
      finding.exercise,
      finding.subject,
      finding.expected === 'pass' ? 'pass' : `fail: ${finding.expected}`,
      finding.ok ? 'ok' : 'FAIL',
      finding.medianMs === undefined ? '-' : `${(finding.medianMs / 1000).toFixed(2)} s`,
    ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) =>
        column === cells.length - 1
          ? cell.padStart(widths[column] ?? 0)
          : cell.padEnd(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  const problems = findings
    .filter((finding) => !finding.ok)
    .map((finding) => `FAIL ${finding.exercise} ${finding.subject}: ${finding.detail}`);
  return [
    line(header),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.map(line),
    ...(problems.length > 0 ? ['', ...problems] : []),
  ].join('\n');
}

/** Reference first, then alternatives, then variants, each group in manifest file order. */
function rank(finding: Finding): number {
  if (finding.subject.startsWith('reference.')) return 0;
  return finding.expected === 'pass' ? 1 : 2;
}
