import { z } from 'zod';
import { gradeResultBody } from './grade-result.js';

// The messages threadcheck writes on its result channel (fd 3), each behind an HMAC; see
// docs/grader-protocol.md. These schemas check the JSON once the HMAC has been verified.

export const progressMessage = z.looseObject({
  type: z.literal('progress'),
  scenario: z.string(),
  schedules: z.int().min(0),
  elapsedMs: z.number().min(0),
});
export type ProgressMessage = z.infer<typeof progressMessage>;

export const resultMessage = z.looseObject({
  type: z.literal('result'),
  result: gradeResultBody,
});
export type ResultMessage = z.infer<typeof resultMessage>;

export const channelMessage = z.discriminatedUnion('type', [progressMessage, resultMessage]);
export type ChannelMessage = z.infer<typeof channelMessage>;
