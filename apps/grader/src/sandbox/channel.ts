import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { channelMessage, type GradeResultBody, type ProgressMessage } from '@threadlab/contracts';
import { z } from 'zod';
import { LineSplitter } from './line-splitter.js';

// The result channel of docs/grader-protocol.md: threadcheck writes `<hmac> <json>\n` lines
// to fd 3, keyed by a secret the grader hands it on stdin. The submission shares the process
// but not the key, so nothing it writes to fd 3 can pass for threadcheck.

/** What a run that broke the channel is told (the protocol fixes the wording). */
export const TAMPERED_MESSAGE = "the grader's result channel was tampered with";

/** Generous: a result with minimised traces is kilobytes; only a flood reaches this. */
const MAX_LINE_BYTES = 16 * 1024 * 1024;
const HMAC_HEX = /^[0-9a-f]{64}$/;

export interface ChannelKey {
  key: Buffer;
  /** The stdin line: 64 lowercase hex characters and a newline. */
  stdinLine: string;
}

/** A fresh 32-byte key for one run. */
export function createChannelKey(): ChannelKey {
  const key = randomBytes(32);
  return { key, stdinLine: `${key.toString('hex')}\n` };
}

export type ChannelReport =
  /** The run ended with one authentic result, and nothing after it. */
  | { status: 'result'; result: GradeResultBody; lastProgress?: ProgressMessage }
  /** No result, but nothing forged either: the program ended or was killed first. */
  | { status: 'silent'; lastProgress?: ProgressMessage }
  /** Forged, garbled or trailing content: the channel is worthless from that line on. */
  | { status: 'tampered'; reason: string; lastProgress?: ProgressMessage }
  /** An authentic message that is not a protocol message: threadcheck and grader disagree. */
  | { status: 'protocol-error'; detail: string; lastProgress?: ProgressMessage };

export interface ResultChannelOptions {
  /** Called for each authentic progress message; an exception it throws is kept, not lost. */
  onProgress?: (progress: ProgressMessage) => void;
  maxLineBytes?: number;
}

/** Reads fd 3 and decides what, if anything, it proves. Feed it bytes, then `end()`. */
export class ResultChannelReader {
  private readonly splitter: LineSplitter;
  private outcome: ChannelReport = { status: 'silent' };
  private lastProgress: ProgressMessage | undefined;
  /** An exception from `onProgress`, for the caller to rethrow once the sandbox is gone. */
  progressCallbackError: Error | undefined;

  constructor(
    private readonly key: Buffer,
    private readonly options: ResultChannelOptions = {},
  ) {
    this.splitter = new LineSplitter(
      options.maxLineBytes ?? MAX_LINE_BYTES,
      (line) => this.acceptLine(line),
      () => this.tamper('a line longer than the channel allows'),
    );
  }

  push(chunk: Buffer): void {
    if (this.isOpen()) this.splitter.push(chunk);
  }

  /** The stream closed: a trailing unterminated line is garbage like any other. */
  end(): void {
    if (this.isOpen() && this.splitter.rest().length > 0) this.tamper('an unterminated line');
  }

  report(): ChannelReport {
    return this.lastProgress === undefined
      ? this.outcome
      : { ...this.outcome, lastProgress: this.lastProgress };
  }

  private isOpen(): boolean {
    return this.outcome.status === 'silent' || this.outcome.status === 'result';
  }

  private acceptLine(line: Buffer): void {
    if (!this.isOpen()) return;
    if (this.outcome.status === 'result') return this.tamper('a line after the result');

    const space = line.indexOf(0x20);
    const mac = space === -1 ? '' : line.subarray(0, space).toString('latin1');
    if (!HMAC_HEX.test(mac)) return this.tamper('a line without an HMAC');
    const json = line.subarray(space + 1);
    const expected = createHmac('sha256', this.key).update(json).digest();
    if (!timingSafeEqual(expected, Buffer.from(mac, 'hex')))
      return this.tamper('a line with a bad HMAC');

    let value: unknown;
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(json));
    } catch {
      return this.tamper('a line that is not JSON');
    }
    const message = channelMessage.safeParse(value);
    if (!message.success) {
      this.outcome = { status: 'protocol-error', detail: z.prettifyError(message.error) };
      return;
    }
    if (message.data.type === 'result') {
      this.outcome = { status: 'result', result: message.data.result };
      return;
    }
    this.lastProgress = message.data;
    this.notifyProgress(message.data);
  }

  private notifyProgress(progress: ProgressMessage): void {
    if (this.options.onProgress === undefined || this.progressCallbackError !== undefined) return;
    try {
      this.options.onProgress(progress);
    } catch (error) {
      this.progressCallbackError =
        error instanceof Error ? error : new Error(`onProgress threw ${String(error)}`);
    }
  }

  private tamper(reason: string): void {
    this.outcome = { status: 'tampered', reason };
  }
}
