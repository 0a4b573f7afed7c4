import type { Failure, GradeResult, TraceEvent } from '@threadlab/contracts';
import { palette, type Palette } from './ansi.js';

export interface HumanReportOptions {
  /** The solution's path as the user typed it, for the replay command. */
  solutionPath: string;
  colour: boolean;
}

/** Rows beyond this are summarised: a minimised counterexample is far shorter. */
const MAX_TRACE_ROWS = 200;
/** The whole interleaving aims at this width; each thread column gets its share. */
const TABLE_WIDTH = 150;
const MIN_CELL = 24;
const MAX_CELL = 60;
const INDENT = '   ';

/**
 * The grade CLI's human output: the verdict with counts, each failure with its check, kind
 * and message, the interleaving as one column per thread, and the command that replays it.
 * Pure: the CLI decides about colour.
 */
export function formatHumanReport(untrusted: GradeResult, options: HumanReportOptions): string {
  const result = printableStrings(untrusted);
  const paint = palette(options.colour);
  const lines = [verdictLine(result, paint)];
  for (const note of result.notes ?? []) lines.push(`${paint.yellow('note:')} ${note}`);
  result.failures.forEach((failure, index) => {
    lines.push(
      '',
      ...failureBlock(failure, index + 1, result.exercise, options.solutionPath, paint),
    );
  });
  return `${lines.join('\n')}\n`;
}

function verdictLine(result: GradeResult, paint: Palette): string {
  const { stats } = result;
  const facts = [
    `${stats.schedules} schedule${stats.schedules === 1 ? '' : 's'}`,
    duration(stats.elapsedMs),
    ...(stats.seed === undefined ? [] : [`seed ${stats.seed}`]),
  ].join(', ');
  const checks = result.checks ?? [];
  const failedChecks = checks.filter((check) => !check.passed).length;
  switch (result.verdict) {
    case 'pass':
      return `${paint.bold(paint.green('PASS'))} ${result.exercise}: ${
        checks.length > 0 ? `all ${checks.length} checks passed` : 'passed'
      } (${facts})`;
    case 'fail': {
      const counts =
        checks.length > 0
          ? `${failedChecks} of ${checks.length} checks failed`
          : `${result.failures.length} failure${result.failures.length === 1 ? '' : 's'}`;
      return `${paint.bold(paint.red('FAIL'))} ${result.exercise}: ${counts} (${facts})`;
    }
    case 'error':
      return `${paint.bold(paint.yellow('ERROR'))} ${result.exercise}: the grader could not grade this solution (${facts})`;
  }
}

function failureBlock(
  failure: Failure,
  number: number,
  exercise: string,
  path: string,
  paint: Palette,
): string[] {
  const lines = [
    `${paint.bold(`${number}. ${failure.check}`)} ${paint.dim('—')} ${paint.red(failure.kind)}`,
  ];
  lines.push(...indent(failure.message.split('\n')));
  if (failure.explanation !== undefined) {
    const lecture =
      failure.explanation.lecture === undefined ? '' : ` (lecture: ${failure.explanation.lecture})`;
    lines.push(...indent(`Why: ${failure.explanation.en}${lecture}`.split('\n')));
  }
  if (failure.trace !== undefined && failure.trace.length > 0) {
    const omitted = typeof failure.traceOmitted === 'number' ? failure.traceOmitted : 0;
    lines.push('', ...indent(interleaving(failure.trace, failure.threads ?? [], omitted, paint)));
  }
  if (failure.schedule !== undefined) {
    lines.push(
      '',
      `${INDENT}Replay this interleaving:`,
      `${INDENT}  ${['pnpm', 'grade', exercise, path, '--replay', failure.schedule].map(shellQuote).join(' ')}`,
    );
  }
  return lines;
}

/** One row per step, one column per thread: a step's cell sits in its thread's column. */
function interleaving(
  trace: TraceEvent[],
  listedThreads: string[],
  omitted: number,
  paint: Palette,
): string[] {
  const inTrace = [...new Set(trace.map((event) => event.thread))];
  const threads = [
    ...listedThreads.filter((thread) => inTrace.includes(thread)),
    ...inTrace.filter((t) => !listedThreads.includes(t)),
  ];
  const cellLimit = Math.max(
    MIN_CELL,
    Math.min(MAX_CELL, Math.floor(TABLE_WIDTH / threads.length)),
  );
  const shown = trace.slice(0, MAX_TRACE_ROWS);
  const cells = shown.map((event) => truncate(cellText(event), cellLimit));

  const widths = threads.map((thread) =>
    Math.max(
      truncate(thread, cellLimit).length,
      ...cells.filter((_, i) => shown[i]?.thread === thread).map((c) => c.length),
    ),
  );
  const stepWidth = Math.max('step'.length, ...shown.map((event) => String(event.step).length));
  // Padding is computed on plain text; styles wrap whole, already padded pieces.
  const columnsText = (columns: string[]): string =>
    columns
      .map((column, i) => column.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();

  const lines: string[] = [];
  if (omitted > 0)
    lines.push(paint.dim(`(${omitted} earlier step${omitted === 1 ? '' : 's'} not shown)`));
  lines.push(
    paint.bold(
      `${'step'.padStart(stepWidth)}  ${columnsText(threads.map((t) => truncate(t, cellLimit)))}`,
    ),
  );
  shown.forEach((event, i) => {
    const columns = threads.map((thread) => (thread === event.thread ? (cells[i] ?? '') : ''));
    lines.push(`${paint.dim(String(event.step).padStart(stepWidth))}  ${columnsText(columns)}`);
  });
  if (trace.length > shown.length)
    lines.push(paint.dim(`… ${trace.length - shown.length} more steps (see --json)`));
  return lines;
}

/** `op target (detail)  Lnn  source line`. */
function cellText(event: TraceEvent): string {
  const action = [
    event.op,
    event.target,
    event.detail === undefined ? undefined : `(${event.detail})`,
  ]
    .filter((part) => part !== undefined && part !== '')
    .join(' ');
  return [action, event.line === undefined ? undefined : `L${event.line}`, event.source?.trim()]
    .filter((part) => part !== undefined && part !== '')
    .join('  ');
}

function truncate(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

function indent(lines: string[]): string[] {
  return lines.map((line) => `${INDENT}${line}`);
}

function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

// Messages, thread names and source lines come from the submission (an exception's text,
// a thread's name): control and bidi characters in them would drive the reader's terminal.
const UNPRINTABLE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Every string in the result with tabs as spaces and other control characters escaped. */
function printableStrings<T>(value: T): T {
  if (typeof value === 'string') {
    return value.replace(UNPRINTABLE, (char) =>
      char === '\t' ? ' ' : `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
    ) as T;
  }
  if (Array.isArray(value)) return value.map(printableStrings) as T;
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, printableStrings(item)]),
    ) as T;
  }
  return value;
}

/** Quotes a word for a POSIX shell only when it needs it, so commands can be pasted. */
export function shellQuote(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}
