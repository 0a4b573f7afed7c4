import { exerciseManifest, type GradeResultBody } from '@threadlab/contracts';
import { describe, expect, it } from 'vitest';
import { ProtocolError } from '../errors.js';
import type { ChannelReport } from '../sandbox/channel.js';
import type { SandboxEnding } from '../sandbox/run-sandbox.js';
import { BEFORE_FIRST_CHECK, gradeBodyFromRun } from './run-verdict.js';

const { limits } = exerciseManifest.parse({
  id: 'lock/counter',
  section: 'lock',
  title: { ru: 'Счётчик', en: 'Counter' },
  difficulty: 1,
  points: 10,
  limits: { wallTimeMs: 5000, cpuTimeS: 4, memoryMb: 256, outputKb: 64 },
  variants: [{ file: 'variants/a.py', expect: 'race', description: 'x' }],
});

const passing: GradeResultBody = {
  verdict: 'pass',
  score: 1,
  failures: [],
  stats: { schedules: 1000, elapsedMs: 400 },
};
const progress = {
  type: 'progress' as const,
  scenario: 'two threads increment',
  schedules: 120,
  elapsedMs: 35,
};

function verdictOf(ending: SandboxEnding, channel: ChannelReport) {
  return gradeBodyFromRun({ ending, channel, elapsedMs: 777 }, limits);
}

function onlyFailure(body: GradeResultBody) {
  expect(body.verdict).toBe('fail');
  expect(body.score).toBe(0);
  expect(body.failures).toHaveLength(1);
  return body.failures[0];
}

describe('gradeBodyFromRun', () => {
  it('takes an authentic result, however the process exited', () => {
    expect(verdictOf({ type: 'exited', code: 0 }, { status: 'result', result: passing })).toBe(
      passing,
    );
    expect(verdictOf({ type: 'exited', code: 1 }, { status: 'result', result: passing })).toBe(
      passing,
    );
    expect(
      verdictOf({ type: 'killed', signal: 'SIGSEGV' }, { status: 'result', result: passing }),
    ).toBe(passing);
  });

  it('fails a tampered channel as an exception, even with a clean exit', () => {
    const failure = onlyFailure(
      verdictOf(
        { type: 'exited', code: 0 },
        { status: 'tampered', reason: 'a line with a bad HMAC' },
      ),
    );
    expect(failure).toMatchObject({ kind: 'exception', check: BEFORE_FIRST_CHECK });
    expect(failure?.message).toContain("the grader's result channel was tampered with");
  });

  it('fails the wall-time kill as a timeout even after a result', () => {
    const failure = onlyFailure(
      verdictOf({ type: 'wall-time' }, { status: 'result', result: passing }),
    );
    expect(failure).toMatchObject({
      kind: 'timeout',
      message: 'the program did not finish within 5 s (wall-time limit)',
    });
  });

  it('fails the output cap as a resource failure', () => {
    const failure = onlyFailure(verdictOf({ type: 'output-limit' }, { status: 'silent' }));
    expect(failure).toMatchObject({
      kind: 'resource',
      message: 'the program printed more than 64 KB (output limit)',
    });
  });

  it('fails the CPU rlimit (SIGXCPU, then SIGKILL) as a timeout', () => {
    for (const signal of ['SIGXCPU', 'SIGKILL'] as const) {
      const failure = onlyFailure(verdictOf({ type: 'killed', signal }, { status: 'silent' }));
      expect(failure).toMatchObject({ kind: 'timeout' });
      expect(failure?.message).toContain('4 s of CPU time');
    }
  });

  it('fails any other signal as a resource failure', () => {
    const failure = onlyFailure(
      verdictOf({ type: 'killed', signal: 'SIGSEGV' }, { status: 'silent' }),
    );
    expect(failure).toMatchObject({ kind: 'resource' });
    expect(failure?.message).toContain('SIGSEGV');
  });

  it('fails an exit without a result as an exception, exit status 0 included', () => {
    for (const code of [0, 1, 3]) {
      const failure = onlyFailure(verdictOf({ type: 'exited', code }, { status: 'silent' }));
      expect(failure).toMatchObject({
        kind: 'exception',
        message: `the program ended before grading finished (exit status ${code})`,
      });
    }
  });

  it('names the last reported scenario and its schedules in a synthesized failure', () => {
    const body = verdictOf({ type: 'wall-time' }, { status: 'silent', lastProgress: progress });
    expect(body.failures[0]?.check).toBe('two threads increment');
    expect(body.stats).toEqual({ schedules: 120, elapsedMs: 777 });
  });

  it('refuses to grade when threadcheck speaks another protocol', () => {
    expect(() =>
      verdictOf({ type: 'exited', code: 0 }, { status: 'protocol-error', detail: 'x' }),
    ).toThrow(ProtocolError);
  });
});
