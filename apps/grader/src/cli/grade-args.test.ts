import { describe, expect, it } from 'vitest';
import { HELP, parseGradeArgs, UsageError } from './grade-args.js';

describe('parseGradeArgs', () => {
  it('takes an exercise id and a path, human output by default', () => {
    expect(parseGradeArgs(['lock/counter', 'solution.py'])).toEqual({
      exerciseId: 'lock/counter',
      path: 'solution.py',
      json: false,
    });
  });

  it('takes --json, --seed and --replay in any position', () => {
    expect(
      parseGradeArgs([
        '--seed',
        '42',
        'lock/counter',
        '--json',
        'solution.py',
        '--replay',
        'tc1.0.eJxj-_',
      ]),
    ).toEqual({
      exerciseId: 'lock/counter',
      path: 'solution.py',
      json: true,
      seed: 42,
      replay: 'tc1.0.eJxj-_',
    });
    expect(parseGradeArgs(['lock/counter', 'solution.py', '--seed=0'])).toMatchObject({ seed: 0 });
  });

  it('answers --help', () => {
    expect(parseGradeArgs(['--help'])).toBe(HELP);
    expect(parseGradeArgs(['-h'])).toBe(HELP);
  });

  it.each([
    [[], /got 0/],
    [['lock/counter'], /got 1/],
    [['lock/counter', 'a.py', 'b.py'], /got 3/],
    [['lock/counter', 'a.py', '--verbose'], /verbose/],
    [['lock/counter', 'a.py', '--seed'], /seed/],
    [['lock/counter', 'a.py', '--seed', '-1'], /seed/],
    [['lock/counter', 'a.py', '--seed=-1'], /whole number/],
    [['lock/counter', 'a.py', '--seed', '1.5'], /whole number/],
    [['lock/counter', 'a.py', '--seed', 'abc'], /whole number/],
    [['lock/counter', 'a.py', '--seed', '9007199254740992'], /whole number/],
    [['lock/counter', 'a.py', '--replay', 'two words'], /replay/],
    [['lock/counter', 'a.py', '--replay='], /replay/],
    [['lock/counter', 'a.py', '--json=yes'], /json/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseGradeArgs(argv)).toThrow(UsageError);
    expect(() => parseGradeArgs(argv)).toThrow(message);
  });
});
