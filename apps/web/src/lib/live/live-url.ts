import { API_PATHS } from '@threadlab/contracts';

/**
 * Where the page opens its live WebSocket. By default the page's own origin: Next rewrites
 * /api/* to the API and proxies WebSocket upgrades of that rewrite too, so the session
 * cookie goes along as on every other call. NEXT_PUBLIC_API_WS_URL overrides it for a
 * deployment whose front proxy routes WebSockets elsewhere (the API accepts the same cookie
 * there only if it is on the same site).
 */
export function liveSocketUrl(
  page: { protocol: string; host: string },
  override: string | undefined,
): string {
  if (override) return override;
  const scheme = page.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${page.host}${API_PATHS.live}`;
}
