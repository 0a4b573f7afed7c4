// `pnpm worker`: a grader worker on the BullMQ queue (src/worker/grade-worker.ts).
// Configuration: src/worker/config.ts (DATABASE_URL, REDIS_URL, WORKER_CONCURRENCY, ...) and
// the grader's own (src/config.ts: PYTHON, SANDBOX_UID, ...). SIGTERM or SIGINT stops it
// gracefully; a second one exits at once.
import { getConfig } from '../config.js';
import { loadWorkerConfig, type WorkerConfig } from '../worker/config.js';
import { startGradeWorker } from '../worker/grade-worker.js';
import { createJsonLogger, describeForLog } from '../worker/logger.js';

let workerConfig: WorkerConfig;
try {
  workerConfig = loadWorkerConfig();
  getConfig(); // the grader's environment, checked now rather than at the first job
} catch (error) {
  process.stderr.write(`worker: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const logger = createJsonLogger(workerConfig.workerId);
const worker = startGradeWorker(workerConfig, { logger });

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    logger.info('stopping', { signal });
    process.once(signal, () => process.exit(1));
    worker.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('unclean shutdown', describeForLog(error));
        process.exit(1);
      },
    );
  });
}
