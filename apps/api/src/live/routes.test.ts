import type { AddressInfo } from 'node:net';
import { SUBMISSION_EVENTS_CHANNEL, wsMessage, type WsMessage } from '@threadlab/contracts';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { signUp, startTestApi, type SignedIn, type TestApi } from '../test-support.js';

let api: TestApi;
let publisher: Redis;
let baseUrl: string;

beforeAll(async () => {
  api = await startTestApi({ config: { syncExercisesOnStart: false } });
  await api.app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = api.app.server.address() as AddressInfo;
  baseUrl = `ws://127.0.0.1:${port}/api/live`;
  await api.app.liveSubscription;
  publisher = new Redis(api.config.redisUrl);
});
afterAll(async () => {
  publisher.disconnect();
  await api.close();
});

interface Client {
  socket: WebSocket;
  messages: WsMessage[];
}

async function connect(who: SignedIn): Promise<Client> {
  const socket = new WebSocket(baseUrl, { headers: { cookie: who.cookie } });
  const messages: WsMessage[] = [];
  socket.on('message', (data: Buffer) =>
    messages.push(wsMessage.parse(JSON.parse(data.toString()))),
  );
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  return { socket, messages };
}

function publish(userId: string, submissionId: string, message: object): Promise<number> {
  return publisher.publish(
    SUBMISSION_EVENTS_CHANNEL,
    JSON.stringify({
      userId,
      submissionId,
      message: { type: 'submission.status', submissionId, ...message },
    }),
  );
}

describe('GET /api/live', () => {
  it("delivers a status pushed on the channel to its user's sockets only", async () => {
    const ann = await signUp(api);
    const ben = await signUp(api);
    const annTab1 = await connect(ann);
    const annTab2 = await connect(ann);
    const benTab = await connect(ben);
    try {
      await expect.poll(() => api.app.liveHub.userCount).toBeGreaterThanOrEqual(2);
      await publish(ann.user.id, 'sub-ann', {
        status: 'running',
        progress: { schedules: 42, scenario: 'two threads' },
      });
      await publish(ben.user.id, 'sub-ben', { status: 'queued' });

      await expect.poll(() => annTab1.messages.length).toBe(1);
      await expect.poll(() => annTab2.messages.length).toBe(1);
      await expect.poll(() => benTab.messages.length).toBe(1);
      expect(annTab1.messages[0]).toEqual({
        type: 'submission.status',
        submissionId: 'sub-ann',
        status: 'running',
        progress: { schedules: 42, scenario: 'two threads' },
      });
      expect(benTab.messages.map((m) => m.submissionId)).toEqual(['sub-ben']);

      // A final status with its result goes through whole.
      const result = {
        version: 1,
        exercise: 'lock/counter',
        verdict: 'fail',
        score: 0,
        failures: [{ check: 'counts', kind: 'race', message: 'race on value' }],
        stats: { schedules: 3, elapsedMs: 12 },
      };
      await publish(ann.user.id, 'sub-ann', { status: 'finished', result });
      await expect.poll(() => annTab1.messages.length).toBe(2);
      expect(annTab1.messages[1]).toMatchObject({ status: 'finished', result });
      // Still nothing of Ann's reached Ben.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(benTab.messages.map((m) => m.submissionId)).toEqual(['sub-ben']);
    } finally {
      for (const client of [annTab1, annTab2, benTab]) client.socket.close();
    }
  });

  it('drops a malformed event and keeps relaying the next', async () => {
    const ann = await signUp(api);
    const tab = await connect(ann);
    try {
      await publisher.publish(SUBMISSION_EVENTS_CHANNEL, '{"not": "an event"');
      await publish(ann.user.id, 'sub-1', { status: 'bogus' });
      await publish(ann.user.id, 'sub-2', { status: 'queued' });
      await expect.poll(() => tab.messages.map((m) => m.submissionId)).toEqual(['sub-2']);
    } finally {
      tab.socket.close();
    }
  });

  it('forgets a socket once it closes', async () => {
    const ann = await signUp(api);
    const tab = await connect(ann);
    const before = api.app.liveHub.userCount;
    tab.socket.close();
    await expect.poll(() => api.app.liveHub.userCount).toBe(before - 1);
    expect(
      api.app.liveHub.send(ann.user.id, {
        type: 'submission.status',
        submissionId: 'x',
        status: 'queued',
      }),
    ).toBe(0);
  });

  it('refuses the upgrade with 401 when signed out', async () => {
    const socket = new WebSocket(baseUrl);
    const status = await new Promise<number | undefined>((resolve) => {
      socket.once('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.once('open', () => resolve(undefined));
      socket.once('error', () => resolve(-1));
    });
    socket.terminate();
    expect(status).toBe(401);
  });
});
