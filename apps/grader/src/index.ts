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
