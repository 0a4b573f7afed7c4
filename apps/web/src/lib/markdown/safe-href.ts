/**
 * The link targets a statement may use: web addresses, mail, and paths or anchors on this
 * site. Anything else (javascript:, data:, vbscript:) is refused: null.
 */
export function safeHref(raw: string): string | null {
  const href = raw.trim();
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = href.replace(/[\u0000-\u0020]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  if (scheme === undefined) {
    // No scheme: relative, absolute path or anchor; but not "//host" (another site's scheme).
    return compact.startsWith('//') ? `https:${href}` : href;
  }
  return ['http', 'https', 'mailto'].includes(scheme) ? href : null;
}
