import type { SubmissionStatusMessage, SubmissionView } from '@threadlab/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LiveConnection, parseLiveMessage } from './live-connection';
import type { SocketFactory } from './live-connection';
import { liveSocketUrl } from './live-url';
import {
  applyStatusMessage,
  applyStatusToSummary,
  isPending,
  needsResult,
} from './submission-state';

const queued: SubmissionView = {
  id: 'sub1',
  exerciseId: 'lock/counter',
  status: 'queued',
  createdAt: '2026-11-25T07:00:00.000Z',
  code: 'x = 1',
};

const result = {
  version: 1 as const,
  exercise: 'lock/counter',
  verdict: 'pass' as const,
  score: 1,
  failures: [],
  stats: { schedules: 200, elapsedMs: 30 },
};

const message = (patch: Partial<SubmissionStatusMessage>): SubmissionStatusMessage => ({
  type: 'submission.status',
  submissionId: 'sub1',
  status: 'running',
  ...patch,
});

describe('liveSocketUrl', () => {
  it("uses the page's own origin, ws or wss as the page is http or https", () => {
    expect(liveSocketUrl({ protocol: 'http:', host: 'localhost:3000' }, undefined)).toBe(
      'ws://localhost:3000/api/live',
    );
    expect(liveSocketUrl({ protocol: 'https:', host: 'threadlab.example' }, '')).toBe(
      'wss://threadlab.example/api/live',
    );
  });

  it('takes the configured address when there is one', () => {
    expect(liveSocketUrl({ protocol: 'http:', host: 'x' }, 'ws://api:4000/api/live')).toBe(
      'ws://api:4000/api/live',
    );
  });
});

describe('applyStatusMessage', () => {
  it('follows queued, running with progress, finished with the result', () => {
    const running = applyStatusMessage(
      queued,
      message({ progress: { schedules: 40, scenario: 'two threads' } }),
    );
    expect(running).toMatchObject({ status: 'running', progress: { schedules: 40 } });
    expect(isPending(running)).toBe(true);
    const finished = applyStatusMessage(running, message({ status: 'finished', result }));
    expect(finished).toMatchObject({ status: 'finished', verdict: 'pass', score: 1, result });
    expect(isPending(finished)).toBe(false);
    expect(needsResult(finished)).toBe(false);
  });

  it('never leaves a finished submission for a late running message', () => {
    const finished = applyStatusMessage(queued, message({ status: 'finished', result }));
    expect(applyStatusMessage(finished, message({ status: 'running' }))).toBe(finished);
  });

  it('ignores messages about other submissions', () => {
    expect(applyStatusMessage(queued, message({ submissionId: 'other' }))).toBe(queued);
  });

  it('asks for the result when "finished" came without it', () => {
    expect(needsResult(applyStatusMessage(queued, message({ status: 'finished' })))).toBe(true);
  });

  it('updates a history row too', () => {
    const row = {
      id: 'sub1',
      exerciseId: 'lock/counter',
      status: 'queued' as const,
      createdAt: queued.createdAt,
    };
    expect(applyStatusToSummary(row, message({ status: 'finished', result }))).toMatchObject({
      status: 'finished',
      verdict: 'pass',
      score: 1,
    });
  });
});

describe('parseLiveMessage', () => {
  it('accepts messages of the contract and drops anything else', () => {
    expect(parseLiveMessage(JSON.stringify(message({})))).toMatchObject({ submissionId: 'sub1' });
    expect(parseLiveMessage('not json')).toBeNull();
    expect(parseLiveMessage(JSON.stringify({ type: 'hello' }))).toBeNull();
    expect(parseLiveMessage(new ArrayBuffer(2))).toBeNull();
  });
});

class FakeSocket {
  readyState = 0;
  listeners = new Map<string, ((event: unknown) => void)[]>();
  addEventListener(type: string, listener: (event: unknown) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, event: unknown = {}) {
    for (const listener of this.listeners.get(type) ?? []) listener(event);
  }
  close() {
    this.emit('close');
  }
}

describe('LiveConnection', () => {
  afterEach(() => vi.useRealTimers());

  it('delivers parsed messages and reconnects after the socket drops', () => {
    vi.useFakeTimers();
    const sockets: FakeSocket[] = [];
    const createSocket = ((_url: string) => {
      const socket = new FakeSocket();
      sockets.push(socket);
      return socket;
    }) as unknown as SocketFactory;
    const received: unknown[] = [];
    const states: string[] = [];
    const connection = new LiveConnection({
      url: 'ws://x/api/live',
      onMessage: (m) => received.push(m),
      onState: (s) => states.push(s),
      createSocket,
      delaysMs: [100, 1000],
    });
    connection.start();
    sockets[0]!.emit('open');
    sockets[0]!.emit('message', { data: JSON.stringify(message({})) });
    sockets[0]!.emit('message', { data: '{"garbage":true}' });
    expect(received).toHaveLength(1);

    sockets[0]!.emit('close');
    expect(sockets).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sockets).toHaveLength(2);
    expect(states).toEqual(['connecting', 'open', 'closed', 'connecting']);

    connection.stop();
    vi.advanceTimersByTime(5000);
    expect(sockets).toHaveLength(2);
  });
});
