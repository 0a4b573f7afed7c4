import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startStack } from './stack.js';

describe('startStack', () => {
  it('runs the API and a worker on a database of their own, and takes it all down again', async () => {
    const stack = await startStack({ workers: 1 });
    let databaseName = '';
    try {
      const health = await fetch(`${stack.apiUrl}/api/health`);
      expect(health.status).toBe(200);
      databaseName = new URL(stack.database.url).pathname.slice(1);
      expect(databaseName).toMatch(/^threadlab_test_/);
    } finally {
      await stack.stop();
    }
    await expect(fetch(`${stack.apiUrl}/api/health`)).rejects.toThrow();
    const admin = new pg.Client({
      connectionString: 'postgresql://postgres@127.0.0.1:5432/postgres',
    });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [
        databaseName,
      ]);
      expect(rowCount).toBe(0);
    } finally {
      await admin.end();
    }
  }, 120_000);
});
