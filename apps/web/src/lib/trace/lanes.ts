import type { TraceEvent } from '@threadlab/contracts';

/** What a thread is doing at one row of the interleaving, for the lane drawn beside it. */
export type LaneState = 'not-started' | 'running' | 'ready' | 'blocked' | 'finished';

export interface Lane {
  thread: string;
  /** Named by the failure (`failure.threads`): the threads the finding is about. */
  involved: boolean;
}

export interface TraceRow {
  /** Position in the trace: several events may share one scheduler step. */
  index: number;
  event: TraceEvent;
  /** The lane (column) of the thread that did this. */
  lane: number;
  /** Every lane's state once this event happened, lane by lane. */
  states: LaneState[];
}

export interface TraceLayout {
  lanes: Lane[];
  rows: TraceRow[];
}

const MAIN_THREAD = 'MainThread';

/**
 * Lays a counterexample out as one lane per thread. Lanes appear in the order threads are
 * first mentioned (running, or being started), the main thread first; a thread that was
 * started but never ran still gets its lane, since that is part of the story.
 */
export function layoutTrace(
  trace: readonly TraceEvent[],
  involvedThreads: readonly string[] = [],
): TraceLayout {
  const order: string[] = [];
  const mention = (thread: string) => {
    if (!order.includes(thread)) order.push(thread);
  };
  if (trace.some((event) => event.thread === MAIN_THREAD)) mention(MAIN_THREAD);
  for (const event of trace) {
    mention(event.thread);
    if (event.op === 'start' && event.target) mention(event.target);
  }

  const laneOf = new Map(order.map((thread, lane) => [thread, lane]));
  // A thread the trace shows acting before anybody starts it was running from the outset
  // (the main thread, or threads started before the trace was cut).
  const startedBy = new Set(
    trace.filter((event) => event.op === 'start' && event.target).map((event) => event.target),
  );
  const state: LaneState[] = order.map((thread) =>
    startedBy.has(thread) ? 'not-started' : 'ready',
  );

  const rows = trace.map((event, index): TraceRow => {
    const lane = laneOf.get(event.thread)!;
    for (let other = 0; other < state.length; other += 1) {
      if (state[other] === 'running') state[other] = 'ready';
    }
    if (event.op === 'finish') state[lane] = 'finished';
    else if (event.op === 'blocked') state[lane] = 'blocked';
    else state[lane] = 'running';
    if (event.op === 'start' && event.target) {
      const started = laneOf.get(event.target)!;
      if (state[started] === 'not-started') state[started] = 'ready';
    }
    return { index, event, lane, states: [...state] };
  });

  const involved = new Set(involvedThreads);
  return { lanes: order.map((thread) => ({ thread, involved: involved.has(thread) })), rows };
}

/** The kinds of operations, for colouring: what the thread touched or waited on. */
export type OpCategory = 'memory' | 'sync' | 'lifecycle' | 'blocked' | 'output' | 'time' | 'other';

const CATEGORIES: Record<string, OpCategory> = {
  read: 'memory',
  write: 'memory',
  delete: 'memory',
  acquire: 'sync',
  release: 'sync',
  'acquire-failed': 'blocked',
  wait: 'sync',
  wake: 'sync',
  notify: 'sync',
  notify_all: 'sync',
  'notify-all': 'sync',
  'notify-lost': 'sync',
  set: 'sync',
  clear: 'sync',
  is_set: 'sync',
  start: 'lifecycle',
  join: 'lifecycle',
  finish: 'lifecycle',
  exception: 'blocked',
  blocked: 'blocked',
  timeout: 'time',
  sleep: 'time',
  clock: 'time',
  print: 'output',
  log: 'output',
};

export function opCategory(op: string): OpCategory {
  return CATEGORIES[op] ?? 'other';
}

/** Keeps a step index inside the trace: the controls never step off either end. */
export function clampStep(index: number, length: number): number {
  if (length <= 0) return 0;
  return Math.min(Math.max(index, 0), length - 1);
}
