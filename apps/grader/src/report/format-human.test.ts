import type { GradeResult } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { formatHumanReport, shellQuote } from './format-human.js';

const raceFailure = {
  check: 'concurrent increments',
  kind: 'race' as const,
  message: 'value is 1, expected 2: a lost update',
  schedule: 'tc1.0.eJxjYGQAAAAJAAM',
  threads: ['Thread-1', 'Thread-2'],
  trace: [
    {
      step: 0,
      thread: 'Thread-1',
      op: 'read',
      target: 'Counter.value',
      line: 7,
      source: '        v = self.value',
    },
    {
      step: 1,
      thread: 'Thread-2',
      op: 'read',
      target: 'Counter.value',
      line: 7,
      source: '        v = self.value',
    },
    {
      step: 2,
      thread: 'Thread-1',
      op: 'write',
      target: 'Counter.value',
      line: 8,
      source: '        self.value = v + 1',
    },
    {
      step: 3,
      thread: 'Thread-2',
      op: 'write',
      target: 'Counter.value',
      line: 8,
      source: '        self.value = v + 1',
    },
  ],
};

const failing: GradeResult = {
  version: 1,
  exercise: 'lock/counter',
  verdict: 'fail',
  score: 0,
  failures: [raceFailure],
  checks: [
    { name: 'single thread', passed: true, schedules: 1 },
    { name: 'concurrent increments', passed: false, schedules: 12, kind: 'race' },
    { name: 'many threads', passed: true, schedules: 987 },
  ],
  stats: { schedules: 1000, elapsedMs: 412, seed: 42 },
};

describe('formatHumanReport', () => {
  it('shows the verdict with counts, the failure, its interleaving per thread and the replay command', () => {
    expect(formatHumanReport(failing, { solutionPath: 'solution.py', colour: false })).toBe(
      [
        'FAIL lock/counter: 1 of 3 checks failed (1000 schedules, 412 ms, seed 42)',
        '',
        '1. concurrent increments — race',
        '   value is 1, expected 2: a lost update',
        '',
        '   step  Thread-1                                     Thread-2',
        '      0  read Counter.value  L7  v = self.value',
        '      1                                               read Counter.value  L7  v = self.value',
        '      2  write Counter.value  L8  self.value = v + 1',
        '      3                                               write Counter.value  L8  self.value = v + 1',
        '',
        '   Replay this interleaving:',
        '     pnpm grade lock/counter solution.py --replay tc1.0.eJxjYGQAAAAJAAM',
        '',
      ].join('\n'),
    );
  });

  it('reports a pass with its check count and no failures', () => {
    const passing: GradeResult = {
      ...failing,
      verdict: 'pass',
      score: 1,
      failures: [],
      checks: failing.checks?.map((check) => ({ ...check, passed: true })),
      stats: { schedules: 1, elapsedMs: 2500 },
    };
    expect(formatHumanReport(passing, { solutionPath: 's.py', colour: false })).toBe(
      'PASS lock/counter: all 3 checks passed (1 schedule, 2.5 s)\n',
    );
  });

  it('handles a failure without trace or schedule, notes, and results without checks', () => {
    const timeout: GradeResult = {
      version: 1,
      exercise: 'lock/counter',
      verdict: 'fail',
      score: 0,
      failures: [
        {
          check: 'start-up',
          kind: 'timeout',
          message: 'the program did not finish within 20 s (wall-time limit)',
        },
      ],
      notes: ['currentThread (line 3) is a deprecated name: use current_thread'],
      stats: { schedules: 0, elapsedMs: 20_004 },
    };
    expect(formatHumanReport(timeout, { solutionPath: 's.py', colour: false })).toBe(
      [
        'FAIL lock/counter: 1 failure (0 schedules, 20.0 s)',
        'note: currentThread (line 3) is a deprecated name: use current_thread',
        '',
        '1. start-up — timeout',
        '   the program did not finish within 20 s (wall-time limit)',
        '',
      ].join('\n'),
    );
  });

  it('explains the failure, marks omitted steps and shows details of an operation', () => {
    const result: GradeResult = {
      ...failing,
      failures: [
        {
          ...raceFailure,
          kind: 'deadlock',
          traceOmitted: 40,
          explanation: {
            ru: 'Порядок захвата',
            en: 'Locks taken in opposite orders',
            lecture: 'lock',
          },
          trace: [
            { step: 41, thread: 'Thread-2', op: 'acquire', target: 'Lock#1', detail: 'blocks' },
          ],
        },
      ],
    };
    const text = formatHumanReport(result, { solutionPath: 's.py', colour: false });
    expect(text).toContain('   Why: Locks taken in opposite orders (lecture: lock)\n');
    expect(text).toContain(
      '   (40 earlier steps not shown)\n   step  Thread-2\n     41  acquire Lock#1 (blocks)\n',
    );
  });

  it('says when the grader could not grade', () => {
    const error: GradeResult = {
      ...failing,
      verdict: 'error',
      failures: [],
      notes: ['not a valid replay token'],
    };
    expect(
      formatHumanReport(error, { solutionPath: 's.py', colour: false }).split('\n').slice(0, 2),
    ).toEqual([
      'ERROR lock/counter: the grader could not grade this solution (1000 schedules, 412 ms, seed 42)',
      'note: not a valid replay token',
    ]);
  });

  it('colours only when asked', () => {
    expect(formatHumanReport(failing, { solutionPath: 's.py', colour: false })).not.toContain(
      '\u001b[',
    );
    const coloured = formatHumanReport(failing, { solutionPath: 's.py', colour: true });
    expect(coloured).toContain('\u001b[31mFAIL\u001b[39m');
    // Colour does not shift the columns: without the escapes the text is the same.
    // eslint-disable-next-line no-control-regex -- stripping the escapes is the point
    expect(coloured.replace(/\u001b\[\d+m/g, '')).toBe(
      formatHumanReport(failing, { solutionPath: 's.py', colour: false }),
    );
  });

  it('escapes control and bidi characters from the submission instead of sending them to the terminal', () => {
    const hostile: GradeResult = {
      ...failing,
      failures: [
        {
          ...raceFailure,
          message: 'boom\u001b]0;pwned\u0007 \u202eevil\tend\nsecond line',
          trace: undefined,
        },
      ],
    };
    const text = formatHumanReport(hostile, { solutionPath: 's.py', colour: false });
    expect(text).toContain('   boom\\u001b]0;pwned\\u0007 \\u202eevil end\n   second line\n');
    // eslint-disable-next-line no-control-regex -- none may be left
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u202e]/);
  });

  it('quotes the path in the replay command when the shell needs it', () => {
    const text = formatHumanReport(failing, { solutionPath: "my work/it's.py", colour: false });
    expect(text).toContain(
      `pnpm grade lock/counter 'my work/it'\\''s.py' --replay tc1.0.eJxjYGQAAAAJAAM`,
    );
  });

  it('gives each thread a narrower column when there are many', () => {
    const threads = ['P0', 'P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7'];
    const result: GradeResult = {
      ...failing,
      failures: [
        {
          ...raceFailure,
          threads,
          trace: threads.map((thread, step) => ({
            step,
            thread,
            op: 'acquire',
            target: `forks[${step}]`,
            line: 3,
            source: 'x'.repeat(80),
          })),
        },
      ],
    };
    const rows = formatHumanReport(result, { solutionPath: 's.py', colour: false }).split('\n');
    const lastRow = rows.find((row) => row.trimStart().startsWith('7  '));
    expect(lastRow?.length).toBeLessThanOrEqual(3 + 4 + 2 + threads.length * (24 + 2));
    expect(lastRow).toMatch(/…$/);
  });
});

describe('shellQuote', () => {
  it('leaves plain words alone and single-quotes the rest', () => {
    expect(shellQuote('lock/counter')).toBe('lock/counter');
    expect(shellQuote('a b')).toBe("'a b'");
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellQuote('$(rm -rf /)')).toBe("'$(rm -rf /)'");
  });
});
