import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// No Docker engine runs where the tests run, so docker-compose.yml and the Dockerfile are
// held to what the rest of the repository does: the services of the architecture, health
// checks, build targets that exist, entry points the build produces and environment
// variables the apps actually read.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

interface Service {
  build?: { context: string; target: string };
  image?: string;
  command?: string[];
  environment?: Record<string, string>;
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
  services: Record<string, Service>;
};
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const source = (path: string) => readFileSync(join(ROOT, path), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the architecture: postgres, redis, migrations, api, grader and web', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['api', 'grader', 'migrate', 'postgres', 'redis', 'web'].sort(),
    );
  });

  it('builds every app from a Dockerfile target that exists', () => {
    for (const [name, service] of Object.entries(compose.services)) {
      if (service.image) continue;
      expect(service.build?.target, name).toBeDefined();
      expect(dockerfile, name).toMatch(new RegExp(`^FROM \\S+ AS ${service.build?.target}$`, 'm'));
    }
  });

  it('starts each service only once what it needs is healthy or done', () => {
    const { services } = compose;
    expect(services.postgres?.healthcheck).toBeDefined();
    expect(services.redis?.healthcheck).toBeDefined();
    expect(services.migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    for (const app of ['api', 'grader']) {
      expect(services[app]?.depends_on?.migrate?.condition, app).toBe(
        'service_completed_successfully',
      );
      expect(services[app]?.depends_on?.redis?.condition, app).toBe('service_healthy');
    }
    expect(services.web?.depends_on?.api?.condition).toBe('service_healthy');
    // The api and web images carry their own HEALTHCHECK.
    expect(dockerfile.match(/^HEALTHCHECK/gm)?.length).toBe(2);
  });

  it('gives each app only environment variables that app reads', () => {
    const readers: Record<string, string[]> = {
      api: ['apps/api/src/config.ts'],
      grader: ['apps/grader/src/worker/config.ts', 'apps/grader/src/config.ts'],
      web: ['apps/web/proxy.ts', 'apps/web/next.config.ts'],
      migrate: ['packages/db/prisma.config.ts'],
    };
    for (const [app, files] of Object.entries(readers)) {
      const text = files.map(source).join('\n');
      for (const variable of Object.keys(compose.services[app]?.environment ?? {})) {
        expect(text, `${app} does not read ${variable}`).toContain(variable);
      }
    }
  });

  it('runs entry points the build produces', () => {
    const entries = [...dockerfile.matchAll(/^CMD \["node", "([^"]+)"\]$/gm)].map((m) => m[1]);
    expect(entries).toEqual(['apps/api/dist/main.js', 'apps/grader/dist/cli/worker.js']);
    for (const entry of entries) {
      const built = join(ROOT, entry ?? '');
      const sourceFile = built.replace('/dist/', '/src/').replace(/\.js$/, '.ts');
      expect(existsSync(sourceFile), sourceFile).toBe(true);
    }
    expect(compose.services.migrate?.command).toEqual([
      'pnpm',
      '--filter',
      '@threadlab/db',
      'migrate',
    ]);
    const db = JSON.parse(source('packages/db/package.json')) as {
      scripts: Record<string, string>;
    };
    expect(db.scripts.migrate).toContain('prisma migrate deploy');
  });
});
