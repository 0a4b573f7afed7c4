import { describe, expect, it } from 'vitest';
import { apiClient } from './client';
import { ApiRequestError } from './errors';

interface Recorded {
  url: string;
  init: RequestInit | undefined;
}

/** A fetch that answers every call with one canned response and records what it was asked. */
function fakeFetch(status: number, body: unknown, calls: Recorded[] = []): typeof fetch {
  return (input, init) => {
    calls.push({ url: input instanceof Request ? input.url : String(input), init });
    const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
    return Promise.resolve(new Response(status === 204 ? null : text, { status }));
  };
}

const submission = {
  id: 'clsub123',
  exerciseId: 'lock/counter',
  status: 'finished',
  createdAt: '2026-11-25T07:00:00.000Z',
  finishedAt: '2026-11-25T07:00:01.000Z',
  verdict: 'fail',
  score: 0.33,
  code: 'class Counter: ...',
  result: {
    version: 1,
    exercise: 'lock/counter',
    verdict: 'fail',
    score: 0.33,
    failures: [
      {
        check: 'two threads',
        kind: 'race',
        message: 'data race on Counter.value',
        trace: [{ step: 1, thread: 'T1', op: 'read', target: 'Counter.value', line: 7 }],
      },
    ],
    stats: { schedules: 3, elapsedMs: 12 },
  },
};

describe('apiClient', () => {
  it('calls the API path under the base URL and parses the answer', async () => {
    const calls: Recorded[] = [];
    const api = apiClient({
      baseUrl: 'http://api:4000',
      headers: { cookie: 'threadlab_session=abc' },
      fetch: fakeFetch(200, { submission }, calls),
    });
    const view = await api.submission('clsub123');
    expect(view.result?.failures[0]?.trace?.[0]?.thread).toBe('T1');
    expect(calls[0]!.url).toBe('http://api:4000/api/submissions/clsub123');
    expect((calls[0]!.init!.headers as Record<string, string>).cookie).toBe(
      'threadlab_session=abc',
    );
  });

  it('sends a submission as JSON and splits the exercise id into the path', async () => {
    const calls: Recorded[] = [];
    const api = apiClient({ baseUrl: '', fetch: fakeFetch(202, { submission }, calls) });
    await api.submit('lock/counter', 'print(1)');
    expect(calls[0]!.init!.method).toBe('POST');
    expect(JSON.parse(calls[0]!.init!.body as string)).toEqual({
      exerciseId: 'lock/counter',
      code: 'print(1)',
    });

    const detailCalls: Recorded[] = [];
    await apiClient({ baseUrl: '', fetch: fakeFetch(404, {}, detailCalls) })
      .exercise('lock/counter')
      .catch(() => undefined);
    expect(detailCalls[0]!.url).toBe('/api/exercises/lock/counter');
  });

  it("turns the API's error body into a typed error", async () => {
    const api = apiClient({
      baseUrl: '',
      fetch: fakeFetch(413, {
        error: { code: 'code_too_large', message: 'too big', details: { limitBytes: 10 } },
      }),
    });
    const error = await api.submit('lock/counter', 'x').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiRequestError);
    expect(error).toMatchObject({
      code: 'code_too_large',
      status: 413,
      details: { limitBytes: 10 },
    });
  });

  it('rejects an answer that does not match its schema instead of guessing', async () => {
    const broken = { submission: { ...submission, status: 'grading' } };
    const api = apiClient({ baseUrl: '', fetch: fakeFetch(200, broken) });
    await expect(api.submission('clsub123')).rejects.toMatchObject({ code: 'bad_response' });
  });

  it('answers null for "who am I" when nobody is signed in, and throws on other errors', async () => {
    const unauthorized = { error: { code: 'unauthorized', message: 'sign in first' } };
    expect(await apiClient({ baseUrl: '', fetch: fakeFetch(401, unauthorized) }).me()).toBeNull();
    await expect(
      apiClient({ baseUrl: '', fetch: fakeFetch(502, '<html>Bad gateway</html>') }).me(),
    ).rejects.toMatchObject({ code: 'unavailable', status: 502 });
  });

  it('reports a network failure as such', async () => {
    const api = apiClient({ baseUrl: '', fetch: () => Promise.reject(new TypeError('refused')) });
    await expect(api.sections()).rejects.toMatchObject({ code: 'network', status: 0 });
  });

  it('accepts an empty 204 on sign-out', async () => {
    await expect(
      apiClient({ baseUrl: '', fetch: fakeFetch(204, undefined) }).signOut(),
    ).resolves.toBeUndefined();
  });
});
