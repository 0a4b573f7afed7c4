// Request and response schemas of every API route (apps/api), shared with apps/web.
export * from './auth.js';
export * from './error.js';
export * from './exercise.js';
export * from './health.js';
export * from './paths.js';
export * from './sections.js';
export * from './submission.js';
export * from './teacher.js';
