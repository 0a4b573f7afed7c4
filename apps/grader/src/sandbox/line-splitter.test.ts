import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.js';

function split(chunks: string[], maxLineBytes = 100) {
  const lines: string[] = [];
  let overflows = 0;
  const splitter = new LineSplitter(
    maxLineBytes,
    (line) => lines.push(line.toString()),
    () => (overflows += 1),
  );
  for (const chunk of chunks) splitter.push(Buffer.from(chunk));
  return { lines, overflows, rest: splitter.rest().toString() };
}

describe('LineSplitter', () => {
  it('joins lines split across chunks and splits chunks holding several lines', () => {
    expect(split(['ab', 'c\nde', 'f\n\ng\n'])).toEqual({
      lines: ['abc', 'def', '', 'g'],
      overflows: 0,
      rest: '',
    });
  });

  it('keeps an unterminated tail as the rest', () => {
    expect(split(['a\nbc', 'd'])).toEqual({ lines: ['a'], overflows: 0, rest: 'bcd' });
  });

  it('reports a line longer than the limit once and stops, whether or not it ends', () => {
    expect(split(['12345', '6\nok\n'], 5)).toEqual({ lines: [], overflows: 1, rest: '' });
    expect(split(['ok\n', '123456'], 5)).toEqual({ lines: ['ok'], overflows: 1, rest: '' });
  });

  it('accepts a line of exactly the limit', () => {
    expect(split(['12345\n'], 5)).toEqual({ lines: ['12345'], overflows: 0, rest: '' });
  });
});
