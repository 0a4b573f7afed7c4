'use client';

import type { Failure } from '@threadlab/contracts';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties, KeyboardEvent } from 'react';
import type { Lang } from '../lib/i18n/lang';
import { messagesFor } from '../lib/i18n/messages';
import { clampStep, layoutTrace, opCategory } from '../lib/trace/lanes';
import { SourceListing } from './SourceListing';

/**
 * The counterexample as one lane (column) per thread, time flowing down: each step in the
 * lane of the thread that took it, with its operation, target and source line. The current
 * step is highlighted here and in the source; ← → (and Home/End) step through it when the
 * viewer has focus. Steps after the current one are faded: they have not happened yet.
 */
export function TraceViewer({
  failure,
  source,
  sourceTitle,
  lang,
}: {
  failure: Failure;
  source: string | null;
  sourceTitle: string;
  lang: Lang;
}) {
  const t = messagesFor(lang);
  const layout = useMemo(
    () => layoutTrace(failure.trace ?? [], failure.threads ?? []),
    [failure.trace, failure.threads],
  );
  const total = layout.rows.length;
  const [current, setCurrent] = useState(0);
  const scrollerRef = useRef<HTMLDivElement>(null);

  const go = (index: number) => setCurrent(clampStep(index, total));

  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!scroller) return;
    // The row itself is `display: contents` (its cells sit in the lanes' grid): measure cells.
    const stepCell = scroller.querySelector<HTMLElement>(`[data-row="${current}"] > .step-col`);
    const eventCell = scroller.querySelector<HTMLElement>(`[data-row="${current}"] > .event`);
    if (!stepCell) return;
    const header = scroller.querySelector<HTMLElement>('.lane-header > span')?.offsetHeight ?? 0;
    let top = scroller.scrollTop;
    if (stepCell.offsetTop - header < top) top = stepCell.offsetTop - header;
    else if (stepCell.offsetTop + stepCell.offsetHeight > top + scroller.clientHeight) {
      top = stepCell.offsetTop + stepCell.offsetHeight - scroller.clientHeight;
    }
    // On a phone not every lane fits: bring the current thread's lane into view too.
    let left = scroller.scrollLeft;
    if (eventCell) {
      const gutter = stepCell.offsetWidth;
      if (eventCell.offsetLeft - gutter < left) left = eventCell.offsetLeft - gutter;
      else if (eventCell.offsetLeft + eventCell.offsetWidth > left + scroller.clientWidth) {
        left = eventCell.offsetLeft + eventCell.offsetWidth - scroller.clientWidth;
      }
    }
    if (top !== scroller.scrollTop || left !== scroller.scrollLeft) {
      scroller.scrollTo({ top, left, behavior: 'smooth' });
    }
  }, [current]);

  if (total === 0) return null;
  const row = layout.rows[current]!;
  const event = row.event;

  const onKeyDown = (keyEvent: KeyboardEvent<HTMLElement>) => {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowDown: current + 1,
      ArrowLeft: current - 1,
      ArrowUp: current - 1,
      Home: 0,
      End: total - 1,
    };
    const target = moves[keyEvent.key];
    if (target === undefined || keyEvent.altKey || keyEvent.ctrlKey || keyEvent.metaKey) return;
    keyEvent.preventDefault();
    go(target);
  };

  const gridStyle = { '--lanes': layout.lanes.length } as CSSProperties;

  return (
    <section
      className="trace-viewer"
      data-testid="trace"
      tabIndex={0}
      onKeyDown={onKeyDown}
      aria-label={t.interleaving}
    >
      <div className="trace-toolbar">
        <h4>{t.interleaving}</h4>
        <div className="step-controls" role="group" aria-label={t.interleaving}>
          <button
            type="button"
            data-testid="step-first"
            onClick={() => go(0)}
            disabled={current === 0}
            title={t.stepFirst}
            aria-label={t.stepFirst}
          >
            <StepIcon kind="first" />
          </button>
          <button
            type="button"
            data-testid="step-back"
            onClick={() => go(current - 1)}
            disabled={current === 0}
            title={t.stepBack}
            aria-label={t.stepBack}
          >
            <StepIcon kind="back" />
          </button>
          <span
            className="step-position"
            data-testid="step-position"
            data-step={current + 1}
            aria-live="polite"
          >
            {t.stepPosition(current + 1, total)}
          </span>
          <button
            type="button"
            data-testid="step-forward"
            onClick={() => go(current + 1)}
            disabled={current === total - 1}
            title={t.stepForward}
            aria-label={t.stepForward}
          >
            <StepIcon kind="forward" />
          </button>
          <button
            type="button"
            data-testid="step-last"
            onClick={() => go(total - 1)}
            disabled={current === total - 1}
            title={t.stepLast}
            aria-label={t.stepLast}
          >
            <StepIcon kind="last" />
          </button>
        </div>
      </div>
      <p className="muted small trace-help">
        {t.interleavingHelp}{' '}
        {layout.lanes.some((lane) => lane.involved) && (
          <span className="involved-legend">
            <span className="involved-dot">●</span> {t.threadInvolved}
          </span>
        )}
      </p>

      <div className="trace-body">
        <div className="lanes-scroller" ref={scrollerRef}>
          <div className="lanes-grid" style={gridStyle}>
            <div className="lane-header">
              <span className="step-col">#</span>
              {layout.lanes.map((lane, index) => (
                <span
                  key={lane.thread}
                  className={`lane-title lane-color-${index % 6}${lane.involved ? ' involved' : ''}`}
                  data-testid="trace-lane"
                  data-thread={lane.thread}
                  title={lane.involved ? `${lane.thread} — ${t.threadInvolved}` : lane.thread}
                >
                  {lane.thread}
                  <small className="lane-state">
                    {t.threadState[row.states[index] ?? 'ready']}
                  </small>
                </span>
              ))}
            </div>
            {layout.rows.map((traceRow) => {
              const past = traceRow.index < current;
              const isCurrent = traceRow.index === current;
              return (
                <div
                  key={traceRow.index}
                  className={`lane-row${isCurrent ? ' current' : past ? ' past' : ' future'}`}
                  data-row={traceRow.index}
                  data-testid="trace-step"
                  data-current={isCurrent}
                  data-thread={traceRow.event.thread}
                  onClick={() => go(traceRow.index)}
                >
                  <span className="step-col">{traceRow.event.step}</span>
                  {layout.lanes.map((lane, laneIndex) =>
                    laneIndex === traceRow.lane ? (
                      <span
                        key={lane.thread}
                        className={`lane-cell event lane-color-${laneIndex % 6}`}
                      >
                        <span className={`op op-${opCategory(traceRow.event.op)}`}>
                          {traceRow.event.op}
                        </span>
                        {traceRow.event.target && (
                          <span className="op-target">{traceRow.event.target}</span>
                        )}
                        {traceRow.event.line !== undefined && (
                          <span className="op-line">
                            {t.line} {traceRow.event.line}
                          </span>
                        )}
                      </span>
                    ) : (
                      <span
                        key={lane.thread}
                        className={`lane-cell idle state-${traceRow.states[laneIndex]} lane-color-${laneIndex % 6}`}
                        aria-hidden="true"
                      />
                    ),
                  )}
                </div>
              );
            })}
          </div>
        </div>

        <div className="trace-side">
          <dl className="current-step" data-testid="current-step">
            <div>
              <dt>{t.thread}</dt>
              <dd>{event.thread}</dd>
            </div>
            <div>
              <dt>{t.operation}</dt>
              <dd>
                <span className={`op op-${opCategory(event.op)}`}>{event.op}</span>
                {event.target && <> {event.target}</>}
              </dd>
            </div>
            {event.line !== undefined && (
              <div>
                <dt>{t.line}</dt>
                <dd>
                  {event.line}
                  {event.source && (
                    <>
                      : <code>{event.source}</code>
                    </>
                  )}
                </dd>
              </div>
            )}
            {event.detail && (
              <div>
                <dt>{t.detail}</dt>
                <dd>{event.detail}</dd>
              </div>
            )}
          </dl>
          {source !== null && (
            <SourceListing source={source} title={sourceTitle} currentLine={event.line ?? null} />
          )}
        </div>
      </div>
    </section>
  );
}

/** Drawn, not a font glyph: ⏮ and ⏭ are missing from many system fonts. */
function StepIcon({ kind }: { kind: 'first' | 'back' | 'forward' | 'last' }) {
  const paths = {
    first: 'M5 4v12M15 4l-8 6 8 6z',
    back: 'M14 4l-8 6 8 6z',
    forward: 'M6 4l8 6-8 6z',
    last: 'M15 4v12M5 4l8 6-8 6z',
  };
  return (
    <svg viewBox="0 0 20 20" width="14" height="14" aria-hidden="true">
      <path
        d={paths[kind]}
        fill="currentColor"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinejoin="round"
      />
    </svg>
  );
}
