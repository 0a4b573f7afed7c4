import { z } from 'zod';

/**
 * Why a solution failed. One of the two stable parts of the grade result
 * (spec/grader-cli.md): the web page, statistics and the exercise validator key on it.
 */
export const failureKind = z.enum([
  'race',
  'deadlock',
  'assertion',
  'exception',
  'timeout',
  'livelock',
  'syntax',
  'forbidden',
  'resource',
]);
export type FailureKind = z.infer<typeof failureKind>;
