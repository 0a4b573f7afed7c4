import { randomInt } from 'node:crypto';
import { gradeResult, type GradeResult, type ProgressMessage } from '@threadlab/contracts';
import { loadExercise, type Exercise } from '@threadlab/exercises';
import { z } from 'zod';
import { getConfig, type GraderConfig } from './config.js';
import { GraderError, GradeInputError } from './errors.js';
import { withExplanations } from './grading/feedback.js';
import { runFiles } from './grading/run-files.js';
import { gradeBodyFromRun } from './grading/run-verdict.js';
import { createWorkDir, removeWorkDir } from './grading/work-dir.js';
import { resolvePythonRuntime } from './python-runtime.js';
import { buildSandboxArgv } from './sandbox/argv.js';
import { createChannelKey, ResultChannelReader } from './sandbox/channel.js';
import { cpuSlots } from './sandbox/cpu-slots.js';
import { sandboxLimitsFromManifest } from './sandbox/limits.js';
import { runSandbox } from './sandbox/run-sandbox.js';
import {
  assertCodeSize,
  readSubmissionFile,
  replayTokenSchema,
  seedSchema,
} from './submission-input.js';
import { threadcheckRunCommand, type ThreadcheckSandbox } from './threadcheck/invocation.js';
import { ensureThreadcheckRuns } from './threadcheck/probe.js';

export interface GradeRunOptions {
  /** Reproduces a run; random (and reported in stats.seed) when absent. */
  seed?: number;
  /** Re-runs one recorded schedule (a failure's `schedule`). */
  replay?: string;
  /** Authentic progress from threadcheck, as it arrives. */
  onProgress?: (progress: ProgressMessage) => void;
  /** Aborting kills the sandbox; the grade then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** The process's configuration (getConfig()) by default. */
  config?: GraderConfig;
}

export interface GradeSubmissionOptions extends GradeRunOptions {
  exerciseId: string;
  code: string;
}

/**
 * Grades one solution of one exercise: the code runs under threadcheck in the sandbox with
 * the exercise's production limits, and the result is the protocol's verdict on that run.
 * A broken submission is a `fail`; a GraderError (or an ExerciseError) means it could not
 * be graded.
 */
export async function gradeSubmission(options: GradeSubmissionOptions): Promise<GradeResult> {
  const config = options.config ?? getConfig();
  const exercise = await loadExercise(options.exerciseId, { root: config.exercisesDir });
  return gradeCode(exercise, options.code, options, config);
}

/** Like gradeSubmission, reading the solution from a file (see readSubmissionFile). */
export async function gradeFile(
  exerciseId: string,
  path: string,
  options: GradeRunOptions = {},
): Promise<GradeResult> {
  const config = options.config ?? getConfig();
  const exercise = await loadExercise(exerciseId, { root: config.exercisesDir });
  const code = await readSubmissionFile(path, exercise.manifest.limits.codeKb);
  return gradeCode(exercise, code, options, config);
}

async function gradeCode(
  exercise: Exercise,
  code: string,
  options: GradeRunOptions,
  config: GraderConfig,
): Promise<GradeResult> {
  const { manifest } = exercise;
  assertCodeSize(code, manifest.limits.codeKb);
  const seed = parseOption(seedSchema, options.seed, 'seed') ?? randomInt(0, 2 ** 48 - 1);
  const replay = parseOption(replayTokenSchema, options.replay, 'replay token');
  const mode = manifest.kind === 'possible-outputs' ? 'outputs' : 'run';
  if (mode === 'outputs' && replay !== undefined)
    throw new GradeInputError(
      'a possible-outputs exercise has nothing to replay: every schedule is explored',
    );

  const sandbox: Omit<ThreadcheckSandbox, 'workDir'> = {
    python: await resolvePythonRuntime(config.python),
    threadcheckDir: config.threadcheckDir,
    uid: config.sandboxUid,
    limits: sandboxLimitsFromManifest(manifest.limits),
  };
  await ensureThreadcheckRuns(sandbox, config.tmpDir);

  const workDir = await createWorkDir(config.tmpDir, await runFiles(exercise, code));
  const cpu = cpuSlots.take();
  try {
    const key = createChannelKey();
    const channel = new ResultChannelReader(key.key, { onProgress: options.onProgress });
    const command = threadcheckRunCommand(
      { ...sandbox, workDir },
      { seed, replay, mode, cpu: cpu.cpu },
    );
    const outcome = await runSandbox({
      argv: buildSandboxArgv(command),
      stdin: key.stdinLine,
      wallTimeMs: sandbox.limits.wallTimeMs,
      outputLimitBytes: sandbox.limits.outputBytes,
      resultChannel: channel,
      signal: options.signal,
    });
    if (channel.progressCallbackError !== undefined) throw channel.progressCallbackError;

    const body = withExplanations(
      gradeBodyFromRun({ ...outcome, channel: channel.report() }, manifest.limits),
    );
    const result = gradeResult.safeParse({
      version: 1,
      exercise: manifest.id,
      ...body,
      stats: { ...body.stats, seed },
    });
    if (!result.success)
      throw new GraderError(`invalid grade result: ${z.prettifyError(result.error)}`);
    return result.data;
  } finally {
    cpu.release();
    await removeWorkDir(workDir);
  }
}

function parseOption<T>(schema: z.ZodType<T>, value: T | undefined, what: string): T | undefined {
  if (value === undefined) return undefined;
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new GradeInputError(`invalid ${what}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}
