import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import type { TestProjectConfiguration } from 'vitest/config';

// One vitest run for the whole workspace: every package under apps/ and packages/ with a
// package.json is a project named after its package, with the tests next to its code
// (src/**/*.test.ts). A package that needs more (a DOM environment, setup files) adds its
// own vitest.config.ts, which is used instead and must set `test.name` itself.
// One package alone: `vitest run --project @threadlab/contracts` (the package's `test`).

const repoRoot = fileURLToPath(new URL('.', import.meta.url));

function workspaceProjects(group: string): TestProjectConfiguration[] {
  const groupDir = join(repoRoot, group);
  if (!existsSync(groupDir)) return [];
  return readdirSync(groupDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(groupDir, entry.name))
    .filter((dir) => existsSync(join(dir, 'package.json')))
    .map((dir) => {
      if (existsSync(join(dir, 'vitest.config.ts'))) return dir;
      const { name } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        name: string;
      };
      return { test: { name, root: dir, include: ['src/**/*.test.ts'] } };
    });
}

export default defineConfig({
  test: {
    projects: [...workspaceProjects('apps'), ...workspaceProjects('packages')],
  },
});
