import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/client/index.js';
import { poolConfig } from './pool.js';

export type Database = PrismaClient;

/**
 * A Prisma client on Postgres through the pg driver adapter (no engine binary). One per
 * process; `$disconnect()` it on shutdown.
 */
export function createDatabase(
  databaseUrl: string,
  options: { maxConnections?: number } = {},
): Database {
  return new PrismaClient({
    adapter: new PrismaPg(poolConfig(databaseUrl, options.maxConnections)),
  });
}
