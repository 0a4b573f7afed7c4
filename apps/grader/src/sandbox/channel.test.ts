import { createHmac, randomBytes } from 'node:crypto';
import type { ProgressMessage } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { createChannelKey, ResultChannelReader } from './channel.js';

const key = randomBytes(32);

function signed(message: unknown, signingKey = key): string {
  const json = JSON.stringify(message);
  return `${createHmac('sha256', signingKey).update(json).digest('hex')} ${json}\n`;
}

const progress = {
  type: 'progress',
  scenario: 'two threads increment',
  schedules: 120,
  elapsedMs: 35,
};
const passing = {
  type: 'result',
  result: { verdict: 'pass', score: 1, failures: [], stats: { schedules: 1000, elapsedMs: 412 } },
};

function read(data: string | Buffer, onProgress?: (progress: ProgressMessage) => void) {
  const reader = new ResultChannelReader(key, { onProgress });
  reader.push(Buffer.from(data));
  reader.end();
  return reader;
}

describe('createChannelKey', () => {
  it('makes a 32-byte key whose stdin line is its 64 lowercase hex digits', () => {
    const { key: fresh, stdinLine } = createChannelKey();
    expect(fresh).toHaveLength(32);
    expect(stdinLine).toBe(`${fresh.toString('hex')}\n`);
    expect(stdinLine).toMatch(/^[0-9a-f]{64}\n$/);
    expect(createChannelKey().stdinLine).not.toBe(stdinLine);
  });
});

describe('ResultChannelReader', () => {
  it('accepts authentic progress then one result, byte by byte', () => {
    const seen: ProgressMessage[] = [];
    const reader = new ResultChannelReader(key, { onProgress: (p) => seen.push(p) });
    for (const byte of Buffer.from(signed(progress) + signed(passing)))
      reader.push(Buffer.from([byte]));
    reader.end();

    expect(seen).toEqual([progress]);
    expect(reader.report()).toEqual({
      status: 'result',
      result: passing.result,
      lastProgress: progress,
    });
  });

  it('verifies the HMAC over the exact JSON bytes (non-ASCII included)', () => {
    const failing = {
      type: 'result',
      result: {
        verdict: 'fail',
        score: 0,
        failures: [{ check: 'счётчик', kind: 'race', message: 'потеряно обновление' }],
        stats: { schedules: 3, elapsedMs: 1 },
      },
    };
    expect(read(signed(failing)).report()).toMatchObject({
      status: 'result',
      result: failing.result,
    });
  });

  it('is silent when the channel closes without a result', () => {
    expect(read('').report()).toEqual({ status: 'silent' });
    expect(read(signed(progress)).report()).toEqual({ status: 'silent', lastProgress: progress });
  });

  it('treats a bad HMAC as tampering, and ignores everything after it', () => {
    const forged = signed(passing, randomBytes(32));
    const seen: ProgressMessage[] = [];
    const reader = read(forged + signed(progress) + signed(passing), (p) => seen.push(p));
    expect(reader.report()).toEqual({ status: 'tampered', reason: 'a line with a bad HMAC' });
    expect(seen).toEqual([]);
  });

  it('treats a message altered after signing as tampering', () => {
    const line = signed(passing).replace('"score":1', '"score":0');
    expect(read(line).report()).toMatchObject({
      status: 'tampered',
      reason: 'a line with a bad HMAC',
    });
  });

  it('treats garbage as tampering: no HMAC, uppercase HMAC, empty line, HMAC over non-JSON', () => {
    const upper = signed(passing).replace(/^[0-9a-f]{64}/, (mac) => mac.toUpperCase());
    const notJson = 'not json';
    const macOfGarbage = `${createHmac('sha256', key).update(notJson).digest('hex')} ${notJson}\n`;
    expect(read('hello world\n').report()).toMatchObject({
      status: 'tampered',
      reason: 'a line without an HMAC',
    });
    expect(read(upper).report()).toMatchObject({
      status: 'tampered',
      reason: 'a line without an HMAC',
    });
    expect(read('\n').report()).toMatchObject({
      status: 'tampered',
      reason: 'a line without an HMAC',
    });
    expect(read(macOfGarbage).report()).toMatchObject({
      status: 'tampered',
      reason: 'a line that is not JSON',
    });
  });

  it('treats any line after the result as tampering, even an authentic one', () => {
    const reader = read(signed(passing) + signed(progress));
    expect(reader.report()).toEqual({ status: 'tampered', reason: 'a line after the result' });
  });

  it('treats an unterminated last line as tampering', () => {
    expect(read(signed(passing).trimEnd()).report()).toMatchObject({
      status: 'tampered',
      reason: 'an unterminated line',
    });
    expect(read(signed(passing) + 'x').report()).toMatchObject({ status: 'tampered' });
  });

  it('treats an over-long line as tampering without buffering it', () => {
    const reader = new ResultChannelReader(key, { maxLineBytes: 1024 });
    reader.push(Buffer.alloc(4096, 0x61));
    reader.end();
    expect(reader.report()).toEqual({
      status: 'tampered',
      reason: 'a line longer than the channel allows',
    });
  });

  it('reports an authentic message outside the protocol as a protocol error, not tampering', () => {
    const passWithFailures = {
      type: 'result',
      result: { ...passing.result, failures: [{ check: 'x', kind: 'race', message: 'm' }] },
    };
    expect(read(signed({ type: 'hello' })).report()).toMatchObject({ status: 'protocol-error' });
    expect(read(signed(passWithFailures)).report()).toMatchObject({ status: 'protocol-error' });
  });

  it('keeps an exception thrown by onProgress for the caller instead of losing the run', () => {
    const boom = new Error('boom');
    const reader = read(signed(progress) + signed(progress) + signed(passing), () => {
      throw boom;
    });
    expect(reader.progressCallbackError).toBe(boom);
    expect(reader.report()).toMatchObject({ status: 'result' });
  });
});
