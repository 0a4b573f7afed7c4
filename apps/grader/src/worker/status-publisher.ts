import {
  SUBMISSION_EVENTS_CHANNEL,
  submissionEvent,
  type SubmissionStatusMessage,
} from '@threadlab/contracts';
import type { Redis } from 'ioredis';
import type { Logger } from './logger.js';

// Announces status changes on SUBMISSION_EVENTS_CHANNEL for the API to relay to WebSockets.
// Fire and forget, after the change is committed: Postgres is the record and a lost message
// only delays what a reload shows. One connection keeps the messages of a submission in the
// order they were sent, even while it reconnects.

export type StatusUpdate = Omit<SubmissionStatusMessage, 'type' | 'submissionId'>;

export interface StatusPublisher {
  publish(submission: { id: string; userId: string }, update: StatusUpdate): void;
}

export function createStatusPublisher(redis: Redis, logger: Logger): StatusPublisher {
  return {
    publish({ id: submissionId, userId }, update) {
      const event = submissionEvent.parse({
        userId,
        submissionId,
        message: { type: 'submission.status', submissionId, ...update },
      });
      redis.publish(SUBMISSION_EVENTS_CHANNEL, JSON.stringify(event)).catch((error: unknown) => {
        logger.warn('could not publish a status change', {
          submissionId,
          status: update.status,
          error: errorText(error),
        });
      });
    },
  };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
