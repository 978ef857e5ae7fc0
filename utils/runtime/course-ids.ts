/**
 * Course ids a content script names (badges, "open the comparison"), read one by one: a bad id
 * (too long, not a string) drops only itself, never the other courses of its batch.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const CourseIdSchema = z.string().min(3).max(LIMITS.id);

/** At most this many ids per question; the badges ask in batches of 20. */
export const MAX_IDS = 100;

export function parseCourseIds(data: unknown): string[] {
  if (!Array.isArray(data)) return [];
  return data.slice(0, MAX_IDS).flatMap((item) => {
    const id = CourseIdSchema.safeParse(item);
    return id.success ? [id.data] : [];
  });
}
