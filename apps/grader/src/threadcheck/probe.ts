import { SandboxError } from '../errors.js';
import { buildSandboxArgv } from '../sandbox/argv.js';
import { runSandbox } from '../sandbox/run-sandbox.js';
import { createWorkDir, removeWorkDir } from '../grading/work-dir.js';
import { oncePerKey } from '../once-per-key.js';
import { threadcheckImportCommand, type ThreadcheckSandbox } from './invocation.js';

const checked = oncePerKey<void>();

/**
 * Imports threadcheck once in the same sandbox a run gets (uid, mounts, limits, a work
 * folder in the same place), before the first submission of this process. A run that
 * produces no result is graded as the submission's failure, so a broken set-up (bwrap
 * refused, interpreter not mountable, threadcheck missing or not importable) must be caught
 * here and reported as "could not grade" instead of failing every student.
 */
export function ensureThreadcheckRuns(
  sandbox: Omit<ThreadcheckSandbox, 'workDir'>,
  tmpDir: string,
): Promise<void> {
  const key = JSON.stringify([
    sandbox.python.executable,
    sandbox.threadcheckDir,
    sandbox.uid,
    tmpDir,
  ]);
  return checked(key, () => importThreadcheck(sandbox, tmpDir));
}

async function importThreadcheck(
  sandbox: Omit<ThreadcheckSandbox, 'workDir'>,
  tmpDir: string,
): Promise<void> {
  const workDir = await createWorkDir(tmpDir, {});
  try {
    const outcome = await runSandbox({
      argv: buildSandboxArgv(threadcheckImportCommand({ ...sandbox, workDir })),
      stdin: '',
      wallTimeMs: sandbox.limits.wallTimeMs,
      outputLimitBytes: sandbox.limits.outputBytes,
    });
    if (outcome.ending.type !== 'exited' || outcome.ending.code !== 0) {
      const output = outcome.output.toString('utf8').trim().split('\n').slice(-5).join(' | ');
      throw new SandboxError(
        `the sandbox cannot run threadcheck (${JSON.stringify(outcome.ending)}): ${output || 'no output'}`,
      );
    }
  } finally {
    await removeWorkDir(workDir);
  }
}
