import { z } from 'zod';

/**
 * The web server's configuration, read once from the environment. Only the Next.js server
 * (next.config.ts, server components) reads it; the browser never sees API_URL: its calls go
 * to /api/* on the page's own origin, which Next rewrites to the API.
 */
const serverEnv = z.object({
  // Where the Next.js server reaches the API, both for its own fetches and for the rewrite.
  API_URL: z
    .url()
    .default('http://127.0.0.1:4000')
    .transform((url) => url.replace(/\/+$/, '')),
});
export type ServerEnv = z.infer<typeof serverEnv>;

export function readServerEnv(env: NodeJS.ProcessEnv = process.env): ServerEnv {
  const parsed = serverEnv.safeParse(env);
  if (!parsed.success) {
    throw new Error(`apps/web: bad environment: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data;
}
