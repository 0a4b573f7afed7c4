import type { z } from 'zod';

/**
 * The dotted paths of the issues a schema reports for a value, or [] when it parses:
 * tests assert that a broken field is blamed by name, not just that parsing failed.
 */
export function issuePaths(schema: z.ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}
