// `pnpm exercises:validate [<exercise-id>...] [--runs N] [--jobs N]`: see run-validate-cli.ts.
import { runMain } from './cli-support.js';
import { runValidateCli } from './run-validate-cli.js';

await runMain('exercises:validate', runValidateCli);
