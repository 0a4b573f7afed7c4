import { syncExercises } from '@threadlab/db';
import fp from 'fastify-plugin';

/**
 * Syncs exercises/ into the database once the server is ready (idempotent, serialised
 * across instances by an advisory lock). A folder that does not load is logged and left
 * inactive; the server still starts, since every other exercise is fine.
 */
export const exerciseSyncPlugin = fp<{ exercisesDir: string | undefined }>(
  async (app, { exercisesDir }) => {
    app.addHook('onReady', async () => {
      const report = await syncExercises(
        app.db,
        exercisesDir === undefined ? {} : { root: exercisesDir },
      );
      app.log.info(
        { synced: report.synced.length, deactivated: report.deactivated },
        'exercises synced',
      );
      for (const { id, error } of report.failed)
        app.log.error({ id, error }, 'exercise did not load');
    });
    return Promise.resolve();
  },
  { name: 'exercise-sync', dependencies: ['db'] },
);
