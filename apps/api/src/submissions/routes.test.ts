import {
  GRADE_QUEUE,
  SUBMISSION_EVENTS_CHANNEL,
  apiError,
  submissionEvent,
  submissionListResponse,
  submissionResponse,
} from '@threadlab/contracts';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { signUp, startTestApi, type SignedIn, type TestApi } from '../test-support.js';

let api: TestApi;
let ann: SignedIn;
let ben: SignedIn;

beforeAll(async () => {
  api = await startTestApi({ config: { maxPendingSubmissions: 3 } });
  ann = await signUp(api);
  ben = await signUp(api);
});
afterAll(async () => {
  await api.close();
});
beforeEach(async () => {
  await api.app.gradeQueue.queue.obliterate({ force: true });
  await api.db.submission.deleteMany();
});

const SOLUTION = 'import threading\n\nclass Counter:\n    pass\n';

function submit(who: SignedIn | undefined, payload: unknown) {
  return api.app.inject({
    method: 'POST',
    url: '/api/submissions',
    headers: who ? { cookie: who.cookie } : {},
    payload: payload as object,
  });
}

function codeOf(body: string): string {
  return apiError.parse(JSON.parse(body)).error.code;
}

async function queuedJobs() {
  return api.app.gradeQueue.queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);
}

describe('POST /api/submissions', () => {
  it('stores the submission queued with its history and enqueues exactly one job with its id', async () => {
    const response = await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION });
    expect(response.statusCode, response.body).toBe(202);
    const { submission } = submissionResponse.parse(response.json());
    expect(submission).toMatchObject({
      exerciseId: 'lock/counter',
      status: 'queued',
      code: SOLUTION,
    });

    const row = await api.db.submission.findUniqueOrThrow({
      where: { id: submission.id },
      include: { events: true },
    });
    expect(row.userId).toBe(ann.user.id);
    expect(row.events.map((event) => event.status)).toEqual(['queued']);

    const jobs = await queuedJobs();
    expect(jobs.map((job) => [job.id, job.data])).toEqual([
      [submission.id, { submissionId: submission.id }],
    ]);
    expect(jobs[0]?.name).toBe(GRADE_QUEUE);
    expect(jobs[0]?.opts).toMatchObject({ attempts: 3, removeOnComplete: true });
  });

  it('announces the queued status on the live channel', async () => {
    const listener = new Redis(api.config.redisUrl);
    try {
      const received: unknown[] = [];
      listener.on('message', (_channel: string, text: string) => received.push(JSON.parse(text)));
      await listener.subscribe(SUBMISSION_EVENTS_CHANNEL);
      const response = await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION });
      const { submission } = submissionResponse.parse(response.json());
      await expect
        .poll(() => received.map((m) => submissionEvent.safeParse(m).data?.submissionId))
        .toContain(submission.id);
      const event = received
        .map((m) => submissionEvent.parse(m))
        .find((e) => e.submissionId === submission.id);
      expect(event).toMatchObject({ userId: ann.user.id, message: { status: 'queued' } });
    } finally {
      listener.disconnect();
    }
  });

  it('answers 401 when signed out, and stores nothing', async () => {
    const response = await submit(undefined, { exerciseId: 'lock/counter', code: SOLUTION });
    expect(response.statusCode).toBe(401);
    expect(codeOf(response.body)).toBe('unauthorized');
    expect(await api.db.submission.count()).toBe(0);
    expect(await queuedJobs()).toEqual([]);
  });

  it('answers a malformed body with 400 validation_failed', async () => {
    for (const payload of [
      { exerciseId: 'lock/counter' },
      { exerciseId: 'lock/counter', code: 42 },
      { exerciseId: '../etc/passwd', code: SOLUTION },
      { exerciseId: 'lock/counter', code: '' },
      { exerciseId: 'lock/counter', code: SOLUTION, userId: ben.user.id },
    ]) {
      const response = await submit(ann, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(codeOf(response.body)).toBe('validation_failed');
    }
    expect(await api.db.submission.count()).toBe(0);
  });

  it('answers an unknown exercise with 404 exercise_not_found', async () => {
    const response = await submit(ann, { exerciseId: 'lock/no-such', code: SOLUTION });
    expect(response.statusCode).toBe(404);
    expect(codeOf(response.body)).toBe('exercise_not_found');
  });

  it('answers a withdrawn exercise with 409 exercise_inactive', async () => {
    await api.db.exercise.update({ where: { id: 'lock/try-lock' }, data: { active: false } });
    try {
      const response = await submit(ann, { exerciseId: 'lock/try-lock', code: SOLUTION });
      expect(response.statusCode).toBe(409);
      expect(codeOf(response.body)).toBe('exercise_inactive');
    } finally {
      await api.db.exercise.update({ where: { id: 'lock/try-lock' }, data: { active: true } });
    }
  });

  it('answers code over the exercise codeKb with 413 code_too_large, counting UTF-8 bytes', async () => {
    // 64 KiB allowed: 32 Ki two-byte characters fit exactly, one more does not.
    const fits = await submit(ann, { exerciseId: 'lock/counter', code: 'я'.repeat(32 * 1024) });
    expect(fits.statusCode).toBe(202);
    const response = await submit(ann, {
      exerciseId: 'lock/counter',
      code: 'я'.repeat(32 * 1024 + 1),
    });
    expect(response.statusCode).toBe(413);
    const body = apiError.parse(response.json());
    expect(body.error.code).toBe('code_too_large');
    expect(body.error.message).toMatch(/65538 bytes.*65536 bytes/);
    expect(body.error.details).toEqual({ sizeBytes: 65538, limitBytes: 65536 });
    expect(await api.db.submission.count()).toBe(1);
  });

  it('answers a body over the server limit with 413 too', async () => {
    const response = await submit(ann, {
      exerciseId: 'lock/counter',
      code: 'x'.repeat(2 * 1024 * 1024),
    });
    expect(response.statusCode).toBe(413);
    expect(codeOf(response.body)).toBe('code_too_large');
  });

  it('answers 429 too_many_pending beyond the limit of queued submissions per user', async () => {
    for (let i = 0; i < 3; i += 1) {
      expect((await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION })).statusCode).toBe(
        202,
      );
    }
    const response = await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION });
    expect(response.statusCode).toBe(429);
    expect(codeOf(response.body)).toBe('too_many_pending');
    // Someone else is not affected.
    expect((await submit(ben, { exerciseId: 'lock/counter', code: SOLUTION })).statusCode).toBe(
      202,
    );
  });

  it('keeps the submission queued when enqueueing fails, for the worker recovery to find', async () => {
    const enqueue = vi
      .spyOn(api.app.gradeQueue, 'enqueue')
      .mockRejectedValueOnce(new Error('redis is down'));
    try {
      const response = await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION });
      expect(response.statusCode).toBe(202);
      expect(enqueue).toHaveBeenCalledOnce();
      const { submission } = submissionResponse.parse(response.json());
      const row = await api.db.submission.findUniqueOrThrow({ where: { id: submission.id } });
      expect(row.status).toBe('queued');
      expect(await queuedJobs()).toEqual([]);
    } finally {
      enqueue.mockRestore();
    }
  });
});

describe('GET /api/submissions and /api/submissions/:id', () => {
  it("lists only the caller's own, newest first, optionally of one exercise", async () => {
    const first = submissionResponse.parse(
      (await submit(ann, { exerciseId: 'lock/counter', code: 'a = 1\n' })).json(),
    );
    const second = submissionResponse.parse(
      (await submit(ann, { exerciseId: 'rlock/inventory', code: 'b = 2\n' })).json(),
    );
    await submit(ben, { exerciseId: 'lock/counter', code: 'c = 3\n' });

    const all = await api.app.inject({
      method: 'GET',
      url: '/api/submissions',
      headers: { cookie: ann.cookie },
    });
    expect(all.statusCode).toBe(200);
    const ids = submissionListResponse.parse(all.json()).submissions.map((s) => s.id);
    expect(ids).toEqual([second.submission.id, first.submission.id]);
    // A list carries no code.
    expect(all.body).not.toContain('a = 1');

    const one = await api.app.inject({
      method: 'GET',
      url: '/api/submissions?exerciseId=lock/counter',
      headers: { cookie: ann.cookie },
    });
    expect(submissionListResponse.parse(one.json()).submissions.map((s) => s.id)).toEqual([
      first.submission.id,
    ]);
  });

  it('answers a malformed query with 400 and a signed-out caller with 401', async () => {
    const bad = await api.app.inject({
      method: 'GET',
      url: '/api/submissions?exerciseId=../x&limit=0',
      headers: { cookie: ann.cookie },
    });
    expect(bad.statusCode).toBe(400);
    expect(codeOf(bad.body)).toBe('validation_failed');
    const anonymous = await api.app.inject({ method: 'GET', url: '/api/submissions' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('shows one submission with its progress and result to its owner', async () => {
    const { submission } = submissionResponse.parse(
      (await submit(ann, { exerciseId: 'lock/counter', code: SOLUTION })).json(),
    );
    const result = {
      version: 1,
      exercise: 'lock/counter',
      verdict: 'pass',
      score: 1,
      failures: [],
      stats: { schedules: 120, elapsedMs: 800 },
    };
    await api.db.submission.update({
      where: { id: submission.id },
      data: {
        status: 'finished',
        verdict: 'pass',
        score: 1,
        result,
        progress: { schedules: 120, scenario: 'two threads' },
        startedAt: new Date(),
        finishedAt: new Date(),
      },
    });
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/submissions/${submission.id}`,
      headers: { cookie: ann.cookie },
    });
    expect(response.statusCode).toBe(200);
    const view = submissionResponse.parse(response.json()).submission;
    expect(view).toMatchObject({
      status: 'finished',
      verdict: 'pass',
      score: 1,
      code: SOLUTION,
      result,
    });
    expect(view.progress).toEqual({ schedules: 120, scenario: 'two threads' });
    expect(view.finishedAt).toBeDefined();
  });

  it("answers someone else's submission with 404, exactly like an unknown id", async () => {
    const { submission } = submissionResponse.parse(
      (await submit(ben, { exerciseId: 'lock/counter', code: SOLUTION })).json(),
    );
    const theirs = await api.app.inject({
      method: 'GET',
      url: `/api/submissions/${submission.id}`,
      headers: { cookie: ann.cookie },
    });
    const unknown = await api.app.inject({
      method: 'GET',
      url: '/api/submissions/cl0000000000000000000000',
      headers: { cookie: ann.cookie },
    });
    expect(theirs.statusCode).toBe(404);
    expect(theirs.body).toBe(unknown.body);
    expect(theirs.body).not.toContain(SOLUTION.trim());
    const anonymous = await api.app.inject({
      method: 'GET',
      url: `/api/submissions/${submission.id}`,
    });
    expect(anonymous.statusCode).toBe(401);
  });
});
