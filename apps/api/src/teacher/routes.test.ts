import {
  apiError,
  teacherStudentsResponse,
  teacherSubmissionListResponse,
  teacherSubmissionResponse,
} from '@threadlab/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp, startTestApi, type SignedIn, type TestApi } from '../test-support.js';

let api: TestApi;
let teacher: SignedIn;
let ann: SignedIn;
let ben: SignedIn;
let annPassId: string;

beforeAll(async () => {
  api = await startTestApi();
  teacher = await signUp(api, { teacher: true, name: 'Teacher' });
  ann = await signUp(api, { name: 'Ann' });
  ben = await signUp(api, { name: 'Ben' });
  const finished = (verdict: string, score: number) => ({
    status: 'finished' as const,
    verdict,
    score,
    finishedAt: new Date(),
  });
  await api.db.submission.createMany({
    data: [
      { userId: ann.user.id, exerciseId: 'lock/counter', code: 'fail()', ...finished('fail', 0) },
      { userId: ben.user.id, exerciseId: 'lock/counter', code: 'queued()' },
      {
        userId: ben.user.id,
        exerciseId: 'rlock/inventory',
        code: 'half()',
        ...finished('fail', 0.5),
      },
    ],
  });
  annPassId = (
    await api.db.submission.create({
      data: {
        userId: ann.user.id,
        exerciseId: 'lock/counter',
        code: 'annsecretpass()',
        ...finished('pass', 1),
        result: {
          version: 1,
          exercise: 'lock/counter',
          verdict: 'pass',
          score: 1,
          failures: [],
          stats: { schedules: 10, elapsedMs: 5 },
        },
      },
    })
  ).id;
});
afterAll(async () => {
  await api.close();
});

const TEACHER_URLS = () => [
  '/api/teacher/students',
  '/api/teacher/submissions',
  `/api/teacher/submissions/${annPassId}`,
];

describe('teacher routes', () => {
  it('answer 401 when signed out and 403 to a student, revealing nothing', async () => {
    for (const url of TEACHER_URLS()) {
      const anonymous = await api.app.inject({ method: 'GET', url });
      expect(anonymous.statusCode, url).toBe(401);
      expect(apiError.parse(anonymous.json()).error.code).toBe('unauthorized');
      const student = await api.app.inject({ method: 'GET', url, headers: { cookie: ben.cookie } });
      expect(student.statusCode, url).toBe(403);
      expect(apiError.parse(student.json()).error.code).toBe('forbidden');
      expect(student.body).not.toContain('annsecretpass');
    }
  });

  it('list every student with their standing per exercise', async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: '/api/teacher/students',
      headers: { cookie: teacher.cookie },
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = teacherStudentsResponse.parse(response.json());
    expect(body.exercises.map((exercise) => exercise.id)).toContain('lock/counter');
    expect(body.students.map((student) => student.name)).toEqual(['Ann', 'Ben']);
    const [annRow, benRow] = body.students;
    expect(annRow).toMatchObject({ solved: 1, points: 10 });
    expect(annRow?.exercises).toEqual([
      expect.objectContaining({
        exerciseId: 'lock/counter',
        attempts: 2,
        bestScore: 1,
        bestVerdict: 'pass',
        solved: true,
      }),
    ]);
    expect(benRow).toMatchObject({ solved: 0, points: 0 });
    const benStandings = Object.fromEntries(
      (benRow?.exercises ?? []).map((standing) => [standing.exerciseId, standing]),
    );
    expect(benStandings['lock/counter']).toMatchObject({
      attempts: 1,
      bestScore: null,
      bestVerdict: null,
    });
    expect(benStandings['rlock/inventory']).toMatchObject({
      attempts: 1,
      bestScore: 0.5,
      bestVerdict: 'fail',
    });
  });

  it("list any student's submissions, filtered by student and exercise", async () => {
    const all = await api.app.inject({
      method: 'GET',
      url: '/api/teacher/submissions',
      headers: { cookie: teacher.cookie },
    });
    expect(teacherSubmissionListResponse.parse(all.json()).submissions).toHaveLength(4);
    const filtered = await api.app.inject({
      method: 'GET',
      url: `/api/teacher/submissions?userId=${ben.user.id}&exerciseId=lock/counter`,
      headers: { cookie: teacher.cookie },
    });
    const rows = teacherSubmissionListResponse.parse(filtered.json()).submissions;
    expect(rows.map((row) => [row.user.name, row.exerciseId, row.status])).toEqual([
      ['Ben', 'lock/counter', 'queued'],
    ]);
    const bad = await api.app.inject({
      method: 'GET',
      url: '/api/teacher/submissions?limit=lots',
      headers: { cookie: teacher.cookie },
    });
    expect(bad.statusCode).toBe(400);
  });

  it("show any student's submission with its code, result and author; 404 for an unknown id", async () => {
    const response = await api.app.inject({
      method: 'GET',
      url: `/api/teacher/submissions/${annPassId}`,
      headers: { cookie: teacher.cookie },
    });
    expect(response.statusCode).toBe(200);
    const { submission } = teacherSubmissionResponse.parse(response.json());
    expect(submission).toMatchObject({
      id: annPassId,
      code: 'annsecretpass()',
      verdict: 'pass',
      user: { id: ann.user.id, name: 'Ann' },
      result: { verdict: 'pass' },
    });
    const unknown = await api.app.inject({
      method: 'GET',
      url: '/api/teacher/submissions/nope',
      headers: { cookie: teacher.cookie },
    });
    expect(unknown.statusCode).toBe(404);
    expect(apiError.parse(unknown.json()).error.code).toBe('submission_not_found');
  });
});
