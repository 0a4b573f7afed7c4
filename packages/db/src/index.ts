// Postgres for the API and the grader worker: the Prisma client and its generated types.
export { createDatabase, type Database } from './client.js';
export { poolConfig } from './pool.js';
export {
  COURSE_ID,
  COURSE_TITLE,
  syncExercises,
  type SyncExercisesOptions,
  type SyncReport,
} from './sync-exercises.js';
export * from '../generated/client/index.js';
