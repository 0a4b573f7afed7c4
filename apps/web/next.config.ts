import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

const nextConfig: NextConfig = {
  // The workspace packages (@threadlab/contracts) live outside this folder.
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
  poweredByHeader: false,
  // `next dev` serves its scripts and HMR only to its own host name (localhost) unless told:
  // tests and the README open the site at 127.0.0.1.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // /api/* is proxied to API_URL by proxy.ts, at run time (rewrites here would be frozen
  // into the build).
};

export default nextConfig;
