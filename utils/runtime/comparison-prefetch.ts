/**
 * The background keeps the comparisons of the courses a popup is likely to show, started before
 * anyone asks: when a tab's capture is one course (the user may open the popup on it) and when the
 * popup asks for its snapshot, so the match runs while the popup paints (or is done before it opens,
 * and comes with the snapshot). A kept comparison is served as long as nothing it depends on changed:
 * the library (its version) and the course's verdicts; one still current is not started again.
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

interface Kept {
  stamp: string;
  comparison: Promise<ShownComparison>;
  /** Set once the comparison is made. */
  made?: ShownComparison;
}

export function comparisonPrefetch(db: BandinginDb, compare: (course: Course) => Promise<ShownComparison>) {
  const kept = new Map<string, Kept>();
  /** The kept entry of `courseId` if it was made under `stamp`, else none (and it is dropped). */
  const keptUnder = (courseId: string, stamp: string) => {
    const entry = kept.get(courseId);
    if (entry?.stamp === stamp) return entry;
    if (entry) kept.delete(courseId);
    return undefined;
  };
  /** The current entry of `course`, or one started now and kept (the stamp read once). */
  const entryFor = async (course: Course): Promise<Kept> => {
    const stamp = await stampOf(db, course.id);
    const entry = keptUnder(course.id, stamp);
    if (entry) return entry;
    const fresh: Kept = { stamp, comparison: compare(course) };
    fresh.comparison.then(
      (made) => {
        fresh.made = made;
      },
      // a failure is the caller's to see, and is not kept
      () => kept.get(course.id) === fresh && kept.delete(course.id),
    );
    kept.set(course.id, fresh);
    while (kept.size > KEEP) kept.delete(kept.keys().next().value!);
    return fresh;
  };
  // one lookup per course at a time, so two asking at once (a capture, a popup) start one comparison
  const lookups = new Map<string, Promise<Kept>>();
  return {
    /** `course`'s comparison: the kept one while it is current, else one started now and kept. */
    async current(course: Course): Promise<ShownComparison> {
      const before = lookups.get(course.id);
      const lookup = (before ?? Promise.resolve()).catch(() => {}).then(() => entryFor(course));
      lookups.set(course.id, lookup);
      try {
        return await (await lookup).comparison;
      } finally {
        if (lookups.get(course.id) === lookup) lookups.delete(course.id);
      }
    },
    /** The kept comparison of `courseId` if it is current and already made (nothing is started). */
    async ready(courseId: string): Promise<ShownComparison | undefined> {
      if (!kept.get(courseId)?.made) return undefined;
      return keptUnder(courseId, await stampOf(db, courseId))?.made;
    },
  };
}
