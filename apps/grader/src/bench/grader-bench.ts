import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadExercise } from '@threadlab/exercises';
import { getConfig } from '../config.js';
import { resolvePythonRuntime } from '../python-runtime.js';

// `pnpm bench:grader [--exercise lock/counter] [--repeat 5]`: what the targets are
// measured with. Two parts, each a median over --repeat runs (these machines are noisy):
// 1. threadcheck in-process on the exercise (python3 -m threadcheck.bench): hand-off cost,
//    schedules per second on the reference, time to the first failing schedule per variant.
//    Trusted code only (reference, variants), so it runs outside the sandbox.
// 2. complete `pnpm grade` of the reference, pnpm, Node, sandbox and Python start included.

const { values } = parseArgs({
  options: {
    exercise: { type: 'string', default: 'lock/counter' },
    repeat: { type: 'string', default: '5' },
  },
});
const repeat = Number(values.repeat);
const config = getConfig();
const exercise = await loadExercise(values.exercise, { root: config.exercisesDir });
const python = await resolvePythonRuntime(config.python);

const inProcess = spawnSync(
  python.executable,
  ['-m', 'threadcheck.bench', '--exercise-dir', exercise.dir, '--repeat', String(repeat)],
  { cwd: config.threadcheckDir, encoding: 'utf8' },
);
if (inProcess.status !== 0) {
  process.stderr.write(inProcess.stderr);
  process.exit(2);
}
const scheduler = JSON.parse(inProcess.stdout) as unknown;

const gradeTimesMs: number[] = [];
const repoRoot = join(config.threadcheckDir, '..', '..');
for (let i = 0; i < repeat; i++) {
  const started = performance.now();
  const run = spawnSync(
    'pnpm',
    ['-s', 'grade', exercise.manifest.id, exercise.paths.reference, '--json'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
    },
  );
  gradeTimesMs.push(performance.now() - started);
  if (run.status !== 0) {
    process.stderr.write(
      `pnpm grade of the reference did not pass (exit ${String(run.status)})\n${run.stderr}`,
    );
    process.exit(1);
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

process.stdout.write(
  `${JSON.stringify(
    {
      exercise: exercise.manifest.id,
      repeat,
      scheduler,
      pnpmGradeReferenceMs: {
        median: Math.round(median(gradeTimesMs)),
        runs: gradeTimesMs.map(Math.round),
      },
    },
    null,
    2,
  )}\n`,
);
