// The grader as a library, for the worker: grade a submission, know why one could not be.
export { getConfig, loadConfig, type GraderConfig } from './config.js';
export {
  ConfigError,
  GradeInputError,
  GraderError,
  ProtocolError,
  SandboxError,
} from './errors.js';
export {
  gradeFile,
  gradeSubmission,
  type GradeRunOptions,
  type GradeSubmissionOptions,
} from './grade.js';
export { formatHumanReport, type HumanReportOptions } from './report/format-human.js';

// The queue worker (`pnpm worker`), and how to put a submission on its queue.
export { loadWorkerConfig, type WorkerConfig } from './worker/config.js';
export { enqueueGrade, gradeJobOptions, GRADE_JOB_NAME } from './worker/enqueue.js';
export {
  startGradeWorker,
  type GradeWorker,
  type GradeWorkerOptions,
} from './worker/grade-worker.js';
export { type GradeFunction, type JobOutcome } from './worker/grade-job-processor.js';
export { type RecoveryReport } from './worker/recovery.js';
