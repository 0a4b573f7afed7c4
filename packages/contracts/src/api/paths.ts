/**
 * The API's paths, for the web's fetch calls and the API's routes alike. Exercise ids
 * (`<section>/<slug>`) appear as two path segments.
 */
export const API_PATHS = {
  signUp: '/api/auth/sign-up',
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  me: '/api/auth/me',
  sections: '/api/sections',
  exercise: '/api/exercises/:section/:slug',
  submissions: '/api/submissions',
  submission: '/api/submissions/:id',
  live: '/api/live',
  teacherStudents: '/api/teacher/students',
  teacherSubmissions: '/api/teacher/submissions',
  teacherSubmission: '/api/teacher/submissions/:id',
  health: '/api/health',
  openapi: '/api/openapi.json',
} as const;

/** The cookie that carries the session token (httpOnly; the page never reads it). */
export const SESSION_COOKIE = 'threadlab_session';
