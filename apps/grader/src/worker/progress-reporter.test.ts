import { describe, expect, it } from 'vitest';
import { createProgressReporter } from './progress-reporter.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createProgressReporter', () => {
  it('sends the first report at once, then at most one per interval, always the latest', async () => {
    const sent: number[] = [];
    const reporter = createProgressReporter<number>(
      (value) => {
        sent.push(value);
        return Promise.resolve();
      },
      { intervalMs: 100, onError: () => {} },
    );
    for (let i = 1; i <= 50; i += 1) reporter.report(i);
    await sleep(10);
    expect(sent).toEqual([1]);
    await sleep(150);
    expect(sent).toEqual([1, 50]);
    await sleep(150);
    expect(sent).toEqual([1, 50]); // nothing new, nothing sent
    await reporter.drain();
  });

  it('never sends two at once and never queues more than the latest', async () => {
    let running = 0;
    let most = 0;
    const sent: number[] = [];
    const reporter = createProgressReporter<number>(
      async (value) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(60);
        sent.push(value);
        running -= 1;
      },
      { intervalMs: 0, onError: () => {} },
    );
    for (let i = 1; i <= 5; i += 1) {
      reporter.report(i);
      await sleep(10);
    }
    await sleep(200);
    expect(most).toBe(1);
    expect(sent).toEqual([1, 5]);
    await reporter.drain();
  });

  it('drain waits for the report in flight and drops the rest', async () => {
    const sent: number[] = [];
    const reporter = createProgressReporter<number>(
      async (value) => {
        await sleep(50);
        sent.push(value);
      },
      { intervalMs: 1_000, onError: () => {} },
    );
    reporter.report(1);
    reporter.report(2);
    await reporter.drain();
    expect(sent).toEqual([1]);
    reporter.report(3);
    await sleep(20);
    expect(sent).toEqual([1]);
  });

  it('hands a failed send to onError and carries on', async () => {
    const errors: unknown[] = [];
    const sent: number[] = [];
    const reporter = createProgressReporter<number>(
      (value) => {
        if (value === 1) return Promise.reject(new Error('database down'));
        sent.push(value);
        return Promise.resolve();
      },
      { intervalMs: 0, onError: (error) => errors.push(error) },
    );
    reporter.report(1);
    await sleep(10);
    reporter.report(2);
    await sleep(10);
    await reporter.drain();
    expect(errors).toHaveLength(1);
    expect(sent).toEqual([2]);
  });
});
