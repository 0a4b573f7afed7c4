import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';
import { poolConfig } from './src/pool.js';

// The Prisma CLI's configuration. The schema engine runs as WebAssembly (engine "js") and
// reaches Postgres through the same driver adapter as the client, so no engine binary is
// ever downloaded (docs: packages/db/README.md).
export default defineConfig({
  schema: path.join(import.meta.dirname, '../../prisma/schema.prisma'),
  migrations: { path: path.join(import.meta.dirname, '../../prisma/migrations') },
  experimental: { adapter: true },
  engine: 'js',
  adapter: () =>
    Promise.resolve(
      new PrismaPg(
        poolConfig(process.env.DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/threadlab'),
      ),
    ),
});
