import type { NextRequest } from 'next/server';
import { NextResponse } from 'next/server';
import { readServerEnv } from './src/lib/config/server-env';

const { API_URL } = readServerEnv();

/**
 * /api/* goes to the API, so the browser sees one origin: the session cookie is first-party
 * and no CORS is needed. Done here rather than with next.config rewrites because those are
 * frozen into the build, while API_URL belongs to the running server (one image, any
 * deployment). Next proxies WebSocket upgrades of an external rewrite too, /api/live included.
 */
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  return NextResponse.rewrite(new URL(`${pathname}${search}`, `${API_URL}/`));
}

export const config = { matcher: '/api/:path*' };
