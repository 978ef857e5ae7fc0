/**
 * A course's comparison, computed by the background: it keeps the matcher's vocabulary and the match
 * index's blocks warm while the extension runs, where a freshly opened popup would build both again
 * before its first match. The caller's own reads (the library version and the course's verdicts)
 * make a live query run again when either changes. Without an answer (no background, as in unit
 * tests, or an error there) the page compares by itself.
 */
import type { ShownComparison } from '../compare/shown-comparison';
import type { BandinginDb } from '../library/db';
import { readLibraryVersion } from '../library/version';
import type { Course } from '../model';
import { sendMessage } from './messaging';

/** How many matches a comparison lists. */
export const COMPARISON_LIMIT = 10;

const askedEarly = new Map<string, Promise<ShownComparison | null>>();

const ask = (courseId: string) => Promise.resolve(sendMessage('compareCourse', courseId)).catch(() => null);

/**
 * Ask for a course's comparison before its view exists (the popup, as soon as its snapshot names
 * the course; `made`: the snapshot brought it): the answer travels while the page renders, and the
 * view's first request takes it.
 */
export function requestComparisonEarly(courseId: string, made?: ShownComparison): void {
  askedEarly.set(courseId, made ? Promise.resolve(made) : ask(courseId));
}

export async function requestComparison(db: BandinginDb, course: Course): Promise<ShownComparison> {
  // asked first, so the background works while this page reads what its live query subscribes to
  const asked = askedEarly.get(course.id) ?? ask(course.id);
  askedEarly.delete(course.id);
  // read here so that a live query subscribes to them (before any other promise is awaited)
  await readLibraryVersion(db);
  await db.verdicts.where('a').equals(course.id).or('b').equals(course.id).primaryKeys();
  const answer = await asked;
  if (answer && answer.from.id === course.id) return answer;
  const [{ compareCourse, otherSideSource }, { showComparison }] = await Promise.all([
    import('../compare/library-compare'),
    import('../compare/shown-comparison'),
  ]);
  return showComparison(
    await compareCourse(db, course, otherSideSource(db, course.side), { limit: COMPARISON_LIMIT }),
  );
}
