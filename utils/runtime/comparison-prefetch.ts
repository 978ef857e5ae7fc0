/**
 * The background starts a popup's comparison when the popup asks for its snapshot, so the match runs
 * while the popup paints its course card and loads the comparison's code. The popup's request then
 * takes that comparison, once, if the library has not changed since (a verdict given meanwhile is
 * read again: a taken comparison is never served twice).
 */
import type { ShownComparison } from '../compare/shown-comparison';
import type { BandinginDb } from '../library/db';
import { readLibraryVersion } from '../library/version';
import type { Course } from '../model';

/** Kept comparisons at most: a popup shows one course; a few popups may open at once. */
const KEEP = 4;

export function comparisonPrefetch(db: BandinginDb, compare: (course: Course) => Promise<ShownComparison>) {
  const started = new Map<string, { version: number; comparison: Promise<ShownComparison> }>();
  return {
    /** Start comparing `course` now (the popup will ask for it). */
    async start(course: Course): Promise<void> {
      const version = await readLibraryVersion(db);
      const comparison = compare(course);
      comparison.catch(() => {}); // a failure is the taker's to see, or nobody's
      started.delete(course.id);
      started.set(course.id, { version, comparison });
      while (started.size > KEEP) started.delete(started.keys().next().value!);
    },
    /** The comparison started for `courseId`, if the library is as it was then; taken once. */
    async take(courseId: string): Promise<ShownComparison | undefined> {
      const kept = started.get(courseId);
      if (!kept) return undefined;
      started.delete(courseId);
      return kept.version === (await readLibraryVersion(db)) ? kept.comparison : undefined;
    },
  };
}
