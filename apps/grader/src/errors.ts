// Everything here means "the grader could not grade" (CLI exit status 2), as opposed to a
// broken submission, which is always a *fail* with its own kind and never an exception.

export class GraderError extends Error {
  override name = 'GraderError';
}

/** The environment (PYTHON, SANDBOX_UID, ...) is invalid or points at something missing. */
export class ConfigError extends GraderError {
  override name = 'ConfigError';
}

/**
 * The request cannot be graded as given: the solution file is missing, unreadable, not
 * UTF-8 or too large, or an option (seed, replay token) is invalid.
 */
export class GradeInputError extends GraderError {
  override name = 'GradeInputError';
}

/** The sandbox could not be started, or processes of it outlived the run. */
export class SandboxError extends GraderError {
  override name = 'SandboxError';
}

/**
 * threadcheck sent an authenticated message the grader does not understand: the two sides
 * disagree about the protocol (docs/grader-protocol.md). Not the submission's fault, since
 * only threadcheck holds the channel key.
 */
export class ProtocolError extends GraderError {
  override name = 'ProtocolError';
}
