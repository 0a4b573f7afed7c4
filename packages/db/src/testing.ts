import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { createDatabase, type Database } from './client.js';

// Test support, exported as `@threadlab/db/testing`: every test file gets a database of its
// own on the real Postgres, with the real migrations applied, and drops it afterwards.

const MIGRATIONS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../prisma/migrations');

/** The server tests use: TEST_DATABASE_URL, else the local default (trust auth). */
export function testServerUrl(): string {
  return process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  db: Database;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = new URL(testServerUrl());
  const name = `threadlab_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  const db = createDatabase(url.toString(), { maxConnections: 5 });
  return {
    db,
    url: url.toString(),
    async drop() {
      await db.$disconnect();
      const client = new pg.Client({ connectionString: server.toString() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The same SQL `prisma migrate deploy` applies, in order, without the CLI's start-up cost. */
async function applyMigrations(url: string): Promise<void> {
  const folders = (await readdir(MIGRATIONS, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const folder of folders) {
      await client.query(await readFile(join(MIGRATIONS, folder, 'migration.sql'), 'utf8'));
    }
  } finally {
    await client.end();
  }
}
