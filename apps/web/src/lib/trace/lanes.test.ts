import type { TraceEvent } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { clampStep, layoutTrace, opCategory } from './lanes';

// The counterexample threadcheck reports for exercises/lock/counter/variants/no_lock.py
// (three threads, one increment each), cut after the racing read.
const noLockTrace: TraceEvent[] = [
  {
    step: 1,
    thread: 'MainThread',
    op: 'write',
    target: 'Counter.value',
    line: 4,
    source: 'self.value = start',
  },
  { step: 2, thread: 'MainThread', op: 'start', target: 'T1' },
  { step: 3, thread: 'MainThread', op: 'start', target: 'T2' },
  { step: 4, thread: 'MainThread', op: 'start', target: 'T3' },
  { step: 5, thread: 'MainThread', op: 'join', target: 'T1' },
  {
    step: 5,
    thread: 'MainThread',
    op: 'blocked',
    target: 'T1',
    detail: 'waiting for it to finish',
  },
  { step: 6, thread: 'T1', op: 'read', target: 'Counter.value', line: 7 },
  { step: 7, thread: 'T1', op: 'write', target: 'Counter.value', line: 7 },
  { step: 7, thread: 'T1', op: 'finish' },
  { step: 8, thread: 'T2', op: 'read', target: 'Counter.value', line: 7 },
];

describe('layoutTrace', () => {
  it('gives every thread a lane, main thread first, then in order of mention', () => {
    const layout = layoutTrace(noLockTrace, ['T1', 'T2']);
    expect(layout.lanes).toEqual([
      { thread: 'MainThread', involved: false },
      { thread: 'T1', involved: true },
      { thread: 'T2', involved: true },
      // Started, never ran: still part of the picture.
      { thread: 'T3', involved: false },
    ]);
    expect(layout.rows.map((row) => row.lane)).toEqual([0, 0, 0, 0, 0, 0, 1, 1, 1, 2]);
    expect(layout.rows.map((row) => row.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('tracks each lane: not started, running, ready, blocked, finished', () => {
    const { rows } = layoutTrace(noLockTrace);
    expect(rows[0]!.states).toEqual(['running', 'not-started', 'not-started', 'not-started']);
    expect(rows[1]!.states).toEqual(['running', 'ready', 'not-started', 'not-started']);
    expect(rows[5]!.states).toEqual(['blocked', 'ready', 'ready', 'ready']);
    expect(rows[6]!.states).toEqual(['blocked', 'running', 'ready', 'ready']);
    expect(rows[8]!.states).toEqual(['blocked', 'finished', 'ready', 'ready']);
    expect(rows[9]!.states).toEqual(['blocked', 'finished', 'running', 'ready']);
  });

  it('puts the main thread first even when another thread acts before it', () => {
    const layout = layoutTrace([
      { step: 1, thread: 'Worker', op: 'acquire', target: 'lock' },
      { step: 2, thread: 'MainThread', op: 'join', target: 'Worker' },
    ]);
    expect(layout.lanes.map((lane) => lane.thread)).toEqual(['MainThread', 'Worker']);
    // Nobody started Worker inside the trace: it was running from the outset.
    expect(layout.rows[0]!.states).toEqual(['ready', 'running']);
  });

  it('lays out an empty trace as nothing at all', () => {
    expect(layoutTrace([])).toEqual({ lanes: [], rows: [] });
  });
});

describe('opCategory', () => {
  it('sorts operations by what they touch', () => {
    expect(opCategory('read')).toBe('memory');
    expect(opCategory('acquire')).toBe('sync');
    expect(opCategory('blocked')).toBe('blocked');
    expect(opCategory('start')).toBe('lifecycle');
    expect(opCategory('print')).toBe('output');
    expect(opCategory('something-new')).toBe('other');
  });
});

describe('clampStep', () => {
  it('keeps the current step inside the trace', () => {
    expect(clampStep(-1, 10)).toBe(0);
    expect(clampStep(10, 10)).toBe(9);
    expect(clampStep(4, 10)).toBe(4);
    expect(clampStep(3, 0)).toBe(0);
  });
});
