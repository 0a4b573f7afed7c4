import {
  SUBMISSION_EVENTS_CHANNEL,
  submissionEvent,
  type SubmissionEvent,
} from '@threadlab/contracts';
import fp from 'fastify-plugin';
import { LiveHub } from '../live/live-hub.js';
import { closeRedis, createRedis } from './redis.js';

declare module 'fastify' {
  interface FastifyInstance {
    liveHub: LiveHub;
    /** Settles once the subscription is in place (tests wait for it before publishing). */
    liveSubscription: Promise<void>;
  }
}

const HEARTBEAT_MS = 30_000;

function parseEvent(text: string): SubmissionEvent | undefined {
  try {
    const parsed = submissionEvent.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Relays the workers' status announcements (Redis pub/sub, SUBMISSION_EVENTS_CHANNEL) to the
 * WebSockets of the submission's owner on this instance. Every API instance subscribes, so
 * a user's sockets may be spread over several. A message that fails its schema is dropped:
 * the page falls back to what GET /api/submissions/:id says.
 */
export const liveEventsPlugin = fp<{ redisUrl: string }>(
  (app, { redisUrl }) => {
    const hub = new LiveHub();
    app.decorate('liveHub', hub);

    // Waits for Redis however long it takes: the API starts (and serves everything but live
    // updates) while Redis is down, and subscribes once it is back.
    const subscriber = createRedis(redisUrl, 'threadlab-api-live', { waitForever: true });
    subscriber.on('error', (error) => app.log.warn({ err: error }, 'live subscriber error'));
    subscriber.on('message', (channel: string, text: string) => {
      if (channel !== SUBMISSION_EVENTS_CHANNEL) return;
      const event = parseEvent(text);
      if (event === undefined) {
        app.log.warn({ text: text.slice(0, 200) }, 'dropped a malformed submission event');
        return;
      }
      hub.send(event.userId, event.message);
    });
    // ioredis subscribes again by itself after a reconnect.
    const subscription = subscriber.subscribe(SUBMISSION_EVENTS_CHANNEL).then(
      () => undefined,
      (error: unknown) => app.log.error({ err: error }, 'could not subscribe to live events'),
    );
    app.decorate('liveSubscription', subscription);
    const stopHeartbeat = hub.startHeartbeat(HEARTBEAT_MS);

    app.addHook('onClose', async () => {
      stopHeartbeat();
      await closeRedis(subscriber);
    });
    return Promise.resolve();
  },
  { name: 'live-events' },
);
