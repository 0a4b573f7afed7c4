import { explainFailure, type GradeResultBody } from '@threadlab/contracts';

/**
 * Adds to every failure the explanation of its kind (both languages, with the lecture
 * heading), whoever produced the failure: threadcheck or the sandbox (timeouts, memory).
 * Always the grader's own text: nothing the run sent is kept in its place.
 */
export function withExplanations(body: GradeResultBody): GradeResultBody {
  return {
    ...body,
    failures: body.failures.map((failure) => ({
      ...failure,
      explanation: explainFailure(failure.kind),
    })),
  };
}
