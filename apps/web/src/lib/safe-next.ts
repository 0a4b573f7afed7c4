/**
 * Where to go after signing in: only a path on this site. "//evil.example" or
 * "https://evil.example" would turn the sign-in page into an open redirect.
 */
export function safeNextPath(next: string | string[] | undefined): string {
  const value = Array.isArray(next) ? next[0] : next;
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\'))
    return '/';
  return value;
}
