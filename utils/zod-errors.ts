import type { z } from 'zod';

/** A readable one-line reason, naming where the data was wrong ("courses.1.url: must be …"). */
export function describeZodError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid data';
  const path = issue.path.join('.') || 'the whole value';
  return `${path}: ${issue.message}${error.issues.length > 1 ? ` (+${error.issues.length - 1} more)` : ''}`;
}
