import type { ProgressMessage } from '@threadlab/contracts';

export interface ProgressLine {
  update(progress: ProgressMessage): void;
  /** Erases the line, so the report starts on a clean one. */
  clear(): void;
}

/** Redraws at most this often: threadcheck may report far faster than anyone can read. */
const REDRAW_MS = 100;

/**
 * One self-overwriting status line on a terminal (stderr), or nothing at all when the
 * stream is not one: logs and pipes get no carriage returns.
 */
export function createProgressLine(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
): ProgressLine {
  if (stream.isTTY !== true) return { update: () => undefined, clear: () => undefined };
  let drawn = false;
  let lastDraw = 0;
  return {
    update(progress) {
      const now = Date.now();
      if (now - lastDraw < REDRAW_MS) return;
      lastDraw = now;
      drawn = true;
      stream.write(`\r\u001b[2Kgrading: ${progress.scenario}: ${progress.schedules} schedules`);
    },
    clear() {
      if (drawn) stream.write('\r\u001b[2K');
      drawn = false;
    },
  };
}
