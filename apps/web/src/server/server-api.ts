import { SESSION_COOKIE } from '@threadlab/contracts';
import { cookies } from 'next/headers';
import { apiClient } from '../lib/api/client';
import type { ApiClient } from '../lib/api/client';
import { readServerEnv } from '../lib/config/server-env';

const { API_URL } = readServerEnv();

/**
 * The API as the Next.js server reaches it, on behalf of the visitor: straight to API_URL
 * (not through the rewrite), carrying only the visitor's session cookie.
 */
export async function serverApi(): Promise<ApiClient> {
  const session = (await cookies()).get(SESSION_COOKIE);
  return apiClient({
    baseUrl: API_URL,
    headers: session ? { cookie: `${SESSION_COOKIE}=${session.value}` } : {},
  });
}
