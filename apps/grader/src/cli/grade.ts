// `pnpm grade <exercise-id> <path> [--json] [--seed N] [--replay TOKEN]`: see run-grade-cli.ts.
import { runMain } from './cli-support.js';
import { runGradeCli } from './run-grade-cli.js';

await runMain('grade', runGradeCli);
