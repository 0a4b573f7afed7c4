import { API_PATHS } from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test-support.js';

let api: TestApi;
const registered: { method: string; url: string }[] = [];

beforeAll(async () => {
  api = await startTestApi({ config: { syncExercisesOnStart: false } });
  // Every route the app has, from Fastify's route tree: each level indents 4 characters
  // and continues its parent's path. HEAD routes come with GET.
  const parents: string[] = [];
  for (const line of api.app.printRoutes({ commonPrefix: false }).split('\n')) {
    const match = /^((?:[│ ] {3})*)[├└]── (\S+) \(([A-Z, ]+)\)$/.exec(line);
    if (!match) continue;
    const depth = (match[1] ?? '').length / 4;
    const url = (parents[depth - 1] ?? '') + (match[2] ?? '');
    parents[depth] = url;
    for (const method of (match[3] ?? '').split(', ')) {
      if (method !== 'HEAD') registered.push({ method, url });
    }
  }
});
afterAll(async () => {
  await api.close();
});

const toOpenApi = (path: string) => path.replace(/:(\w+)/g, '{$1}');

describe('GET /api/openapi.json', () => {
  it('describes every route of the API', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{
      openapi: string;
      paths: Record<string, Record<string, { responses: object }>>;
    }>();
    expect(document.openapi).toMatch(/^3\./);

    const expected = [
      ['post', API_PATHS.signUp],
      ['post', API_PATHS.signIn],
      ['post', API_PATHS.signOut],
      ['get', API_PATHS.me],
      ['get', API_PATHS.sections],
      ['get', API_PATHS.exercise],
      ['post', API_PATHS.submissions],
      ['get', API_PATHS.submissions],
      ['get', API_PATHS.submission],
      ['get', API_PATHS.live],
      ['get', API_PATHS.teacherStudents],
      ['get', API_PATHS.teacherSubmissions],
      ['get', API_PATHS.teacherSubmission],
      ['get', API_PATHS.health],
    ] as const;
    const documented = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(
      expected.map(([method, path]) => `${method} ${toOpenApi(path)}`).sort(),
    );
    // ... and those are all the routes there are, but the document itself.
    expect(registered.length).toBeGreaterThan(0);
    const routes = registered
      .filter((route) => route.url !== API_PATHS.openapi)
      .map((route) => `${route.method.toLowerCase()} ${toOpenApi(route.url)}`);
    expect(routes.sort()).toEqual(documented.sort());

    // The request and response schemas come from the zod contracts.
    const submit = document.paths['/api/submissions']?.post as unknown as {
      requestBody: { content: { 'application/json': { schema: { required: string[] } } } };
      responses: Record<string, unknown>;
    };
    expect(submit.requestBody.content['application/json'].schema.required.sort()).toEqual([
      'code',
      'exerciseId',
    ]);
    expect(Object.keys(submit.responses).sort()).toEqual([
      '202',
      '400',
      '401',
      '404',
      '409',
      '413',
      '429',
    ]);
  });
});
