/**
 * The background starts a course's comparison before anyone asks: when a tab's capture is one course
 * (the user may open the popup on it) and again when the popup asks for its snapshot, so the match
 * runs while the popup paints. The popup's request then takes that comparison, once, if nothing it
 * depends on changed since: the library (its version) and the course's verdicts. A comparison started
 * for a course whose earlier one is still current is not started again.
 */
import type { ShownComparison } from '../compare/shown-comparison';
import type { BandinginDb } from '../library/db';
import { readLibraryVersion } from '../library/version';
import type { Course } from '../model';

/** Kept comparisons at most: a popup shows one course; a few popups may open at once. */
const KEEP = 4;

/** What a comparison depends on besides the course: the library's version and the course's verdicts. */
async function stampOf(db: BandinginDb, courseId: string): Promise<string> {
  const verdicts = await db.verdicts.where('a').equals(courseId).or('b').equals(courseId).toArray();
  const marks = verdicts.map((verdict) => `${verdict.a}|${verdict.b}|${verdict.same}`).sort();
  return JSON.stringify([await readLibraryVersion(db), marks]);
}

export function comparisonPrefetch(db: BandinginDb, compare: (course: Course) => Promise<ShownComparison>) {
  const started = new Map<string, { stamp: string; comparison: Promise<ShownComparison> }>();
  return {
    /** Start comparing `course` now, unless a current comparison of it is already kept. */
    async start(course: Course): Promise<void> {
      const stamp = await stampOf(db, course.id);
      if (started.get(course.id)?.stamp === stamp) return;
      const comparison = compare(course);
      comparison.catch(() => {}); // a failure is the taker's to see, or nobody's
      started.delete(course.id);
      started.set(course.id, { stamp, comparison });
      while (started.size > KEEP) started.delete(started.keys().next().value!);
    },
    /** The comparison started for `courseId`, if nothing it depends on changed since; taken once. */
    async take(courseId: string): Promise<ShownComparison | undefined> {
      const kept = started.get(courseId);
      if (!kept) return undefined;
      started.delete(courseId);
      return kept.stamp === (await stampOf(db, courseId)) ? kept.comparison : undefined;
    },
  };
}
