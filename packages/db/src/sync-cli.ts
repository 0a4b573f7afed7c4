// `pnpm --filter @threadlab/db sync`: copies exercises/ into the database (DATABASE_URL),
// the same sync the API runs when it starts.
import { createDatabase } from './client.js';
import { syncExercises } from './sync-exercises.js';

const db = createDatabase(
  process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/threadlab',
);
try {
  const report = await syncExercises(db);
  console.log(
    `synced ${report.synced.length} exercises, deactivated ${report.deactivated.length}` +
      (report.deactivated.length > 0 ? ` (${report.deactivated.join(', ')})` : ''),
  );
  for (const { id, error } of report.failed) console.error(`could not load ${id}: ${error}`);
  process.exitCode = report.failed.length > 0 ? 1 : 0;
} finally {
  await db.$disconnect();
}
