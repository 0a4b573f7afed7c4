import type { ExerciseManifest, FailureKind, GradeResultBody } from '@threadlab/contracts';
import { ProtocolError } from '../errors.js';
import { TAMPERED_MESSAGE, type ChannelReport } from '../sandbox/channel.js';
import type { SandboxEnding } from '../sandbox/run-sandbox.js';

export interface RunFacts {
  ending: SandboxEnding;
  channel: ChannelReport;
  elapsedMs: number;
}

/** Check name of a failure found before threadcheck reported any scenario. */
export const BEFORE_FIRST_CHECK = 'start-up';

/**
 * What a run proves, as docs/grader-protocol.md fixes it. In order:
 *
 * 1. a tampered channel is a failure (`exception`), whatever else happened;
 * 2. a run the grader had to kill (wall time, output cap) is a failure even if a result
 *    came first: the limits hold for the whole run;
 * 3. otherwise an authentic result is the verdict, however the process then exited;
 * 4. without one, the way the run ended decides (the protocol's table).
 *
 * Only an authentic result can pass: nothing the submission prints or exits with can.
 */
export function gradeBodyFromRun(
  facts: RunFacts,
  limits: ExerciseManifest['limits'],
): GradeResultBody {
  const { ending, channel } = facts;
  if (channel.status === 'protocol-error') {
    throw new ProtocolError(
      `threadcheck sent a message the grader does not understand:\n${channel.detail}`,
    );
  }
  if (channel.status === 'tampered')
    return failed(facts, 'exception', `${TAMPERED_MESSAGE} (${channel.reason})`);
  switch (ending.type) {
    case 'wall-time':
      return failed(
        facts,
        'timeout',
        `the program did not finish within ${seconds(limits.wallTimeMs)} (wall-time limit)`,
      );
    case 'output-limit':
      return failed(
        facts,
        'resource',
        `the program printed more than ${limits.outputKb} KB (output limit)`,
      );
    default:
      break;
  }
  if (channel.status === 'result') return channel.result;
  if (ending.type === 'killed') {
    // RLIMIT_CPU sends SIGXCPU at the soft limit and SIGKILL at the hard one; with the
    // memory limit being RLIMIT_AS, an allocation fails rather than draws a SIGKILL.
    if (ending.signal === 'SIGXCPU' || ending.signal === 'SIGKILL') {
      return failed(
        facts,
        'timeout',
        `the program used more than ${limits.cpuTimeS} s of CPU time (CPU limit)`,
      );
    }
    return failed(
      facts,
      'resource',
      `the program was killed by ${ending.signal} (memory limit ${limits.memoryMb} MB, or a crash)`,
    );
  }
  return failed(
    facts,
    'exception',
    `the program ended before grading finished (exit status ${ending.code})`,
  );
}

function failed(facts: RunFacts, kind: FailureKind, message: string): GradeResultBody {
  const progress = facts.channel.lastProgress;
  return {
    verdict: 'fail',
    score: 0,
    failures: [{ check: progress?.scenario ?? BEFORE_FIRST_CHECK, kind, message }],
    stats: { schedules: progress?.schedules ?? 0, elapsedMs: facts.elapsedMs },
  };
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(1))} s`;
}
