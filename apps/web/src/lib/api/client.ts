import {
  API_PATHS,
  sectionsResponse,
  exerciseDetail,
  submissionListResponse,
  submissionResponse,
  teacherStudentsResponse,
  teacherSubmissionListResponse,
  teacherSubmissionResponse,
  userResponse,
} from '@threadlab/contracts';
import type {
  ExerciseDetail,
  SectionsResponse,
  SignInBody,
  SignUpBody,
  SubmissionSummary,
  SubmissionView,
  TeacherStudentsResponse,
  TeacherSubmissionListResponse,
  TeacherSubmissionResponse,
  User,
} from '@threadlab/contracts';
import { z } from 'zod';
import { ApiRequestError, errorFromResponse } from './errors';

/**
 * Where and how to reach the API. In the browser: the page's own origin (`baseUrl: ''`),
 * whose /api/* Next rewrites to the API, so the session cookie travels by itself. On the
 * Next.js server: API_URL, with the visitor's cookie passed along explicitly.
 */
export interface ApiTransport {
  baseUrl: string;
  headers?: Record<string, string>;
  fetch?: typeof fetch;
}

/** One call: sends JSON, parses the answer with its schema, or throws ApiRequestError. */
async function call<Schema extends z.ZodType>(
  transport: ApiTransport,
  path: string,
  schema: Schema,
  init: { method?: string; body?: unknown } = {},
): Promise<z.infer<Schema>> {
  const doFetch = transport.fetch ?? fetch;
  const headers: Record<string, string> = { accept: 'application/json', ...transport.headers };
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await doFetch(`${transport.baseUrl}${path}`, {
      method: init.method ?? 'GET',
      headers,
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
    });
  } catch (error) {
    throw new ApiRequestError('network', `the API did not answer: ${String(error)}`, 0);
  }

  const text = await response.text();
  let body: unknown = undefined;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = undefined;
    }
  }
  if (!response.ok) throw errorFromResponse(response.status, body);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new ApiRequestError(
      'bad_response',
      `unexpected answer from ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
      response.status,
      parsed.error.issues,
    );
  }
  return parsed.data;
}

const exercisePath = (exerciseId: string) => {
  const [section = '', slug = ''] = exerciseId.split('/');
  return API_PATHS.exercise
    .replace(':section', encodeURIComponent(section))
    .replace(':slug', encodeURIComponent(slug));
};

/** The API's routes as typed functions, every answer checked against @threadlab/contracts. */
export function apiClient(transport: ApiTransport) {
  return {
    /** The signed-in user, or null when the visitor is not signed in. */
    async me(): Promise<User | null> {
      try {
        return (await call(transport, API_PATHS.me, userResponse)).user;
      } catch (error) {
        if (error instanceof ApiRequestError && error.status === 401) return null;
        throw error;
      }
    },
    async signUp(body: SignUpBody): Promise<User> {
      return (await call(transport, API_PATHS.signUp, userResponse, { method: 'POST', body })).user;
    },
    async signIn(body: SignInBody): Promise<User> {
      return (await call(transport, API_PATHS.signIn, userResponse, { method: 'POST', body })).user;
    },
    async signOut(): Promise<void> {
      // Its answer (204, or a small body) carries nothing the page needs.
      await call(transport, API_PATHS.signOut, z.unknown(), { method: 'POST', body: {} });
    },
    async sections(): Promise<SectionsResponse> {
      return call(transport, API_PATHS.sections, sectionsResponse);
    },
    async exercise(exerciseId: string): Promise<ExerciseDetail> {
      return call(transport, exercisePath(exerciseId), exerciseDetail);
    },
    async submit(exerciseId: string, code: string): Promise<SubmissionView> {
      const body = { exerciseId, code };
      return (
        await call(transport, API_PATHS.submissions, submissionResponse, { method: 'POST', body })
      ).submission;
    },
    async submission(id: string): Promise<SubmissionView> {
      const path = API_PATHS.submission.replace(':id', encodeURIComponent(id));
      return (await call(transport, path, submissionResponse)).submission;
    },
    /** The caller's own submissions of one exercise, newest first. */
    async mySubmissions(exerciseId: string, limit = 50): Promise<SubmissionSummary[]> {
      const query = new URLSearchParams({ exerciseId, limit: String(limit) });
      return (await call(transport, `${API_PATHS.submissions}?${query}`, submissionListResponse))
        .submissions;
    },
    /** Teachers only: every student and their standing on each exercise. */
    async teacherStudents(): Promise<TeacherStudentsResponse> {
      return call(transport, API_PATHS.teacherStudents, teacherStudentsResponse);
    },
    /** Teachers only: submissions of anyone, filtered by student and/or exercise. */
    async teacherSubmissions(filter: {
      userId?: string;
      exerciseId?: string;
      limit?: number;
    }): Promise<TeacherSubmissionListResponse['submissions']> {
      const query = new URLSearchParams();
      if (filter.userId) query.set('userId', filter.userId);
      if (filter.exerciseId) query.set('exerciseId', filter.exerciseId);
      query.set('limit', String(filter.limit ?? 100));
      return (
        await call(
          transport,
          `${API_PATHS.teacherSubmissions}?${query}`,
          teacherSubmissionListResponse,
        )
      ).submissions;
    },
    async teacherSubmission(id: string): Promise<TeacherSubmissionResponse['submission']> {
      const path = API_PATHS.teacherSubmission.replace(':id', encodeURIComponent(id));
      return (await call(transport, path, teacherSubmissionResponse)).submission;
    },
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
