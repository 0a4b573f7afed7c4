// threadcheck reports progress far more often than anyone can watch it. This passes on at
// most one report per interval, always the latest, one at a time (a slow database never
// builds a backlog), and `drain()` waits for the one in flight so that nothing about a
// grading is written or published after its result.

export interface ProgressReporter<T> {
  report(progress: T): void;
  /** Stops reporting: drops what is waiting, resolves once the report in flight is done. */
  drain(): Promise<void>;
}

export function createProgressReporter<T>(
  send: (progress: T) => Promise<void>,
  options: { intervalMs: number; onError: (error: unknown) => void },
): ProgressReporter<T> {
  let pending: { value: T } | undefined;
  let inFlight: Promise<void> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let lastSentAt = -Infinity;
  let closed = false;

  const schedule = () => {
    if (closed || pending === undefined || inFlight !== undefined || timer !== undefined) return;
    const wait = lastSentAt + options.intervalMs - Date.now();
    if (wait <= 0) flush();
    else timer = setTimeout(flush, wait);
  };

  const flush = () => {
    timer = undefined;
    if (closed || pending === undefined) return;
    const { value } = pending;
    pending = undefined;
    lastSentAt = Date.now();
    inFlight = send(value)
      .catch(options.onError)
      .finally(() => {
        inFlight = undefined;
        schedule();
      });
  };

  return {
    report(progress) {
      if (closed) return;
      pending = { value: progress };
      schedule();
    },
    async drain() {
      closed = true;
      pending = undefined;
      clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
  };
}
