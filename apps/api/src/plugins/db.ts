import { createDatabase, type Database } from '@threadlab/db';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    db: Database;
  }
}

/** The Prisma client, one per process, disconnected when the server closes. */
export const dbPlugin = fp<{ databaseUrl: string }>(
  async (app, { databaseUrl }) => {
    const db = createDatabase(databaseUrl);
    app.decorate('db', db);
    app.addHook('onClose', async () => {
      await db.$disconnect();
    });
    return Promise.resolve();
  },
  { name: 'db' },
);
