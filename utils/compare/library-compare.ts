/**
 * Comparisons over the user's library: each Prakerja course against the stored alternatives,
 * through the IndexedDB candidate index, with the user's verdicts applied.
 */

import { DexieCandidateSource } from '../library/candidates';
import type { BandinginDb } from '../library/db';
import { coursesOfSide } from '../library/pages';
import { type MatchOptions, matchCourse } from '../match/compare';
import type { Course, Side } from '../model';
import type { Comparison } from './comparison';

/** The source of the other side's courses for a course on `side`. */
export function otherSideSource(db: BandinginDb, side: Side): DexieCandidateSource {
  return new DexieCandidateSource(db, { side: side === 'prakerja' ? 'alternative' : 'prakerja' });
}

/** Matches of one course on the other side, with the user's verdicts attached. */
export async function compareCourse(
  db: BandinginDb,
  course: Course,
  source: DexieCandidateSource,
  options: MatchOptions = {},
): Promise<Comparison<Course>> {
  const verdicts = await db.verdicts.where('a').equals(course.id).or('b').equals(course.id).toArray();
  const matches = await matchCourse(course, source, { ...options, verdicts });
  const userVerdict = (id: string) =>
    verdicts.find(
      (verdict) =>
        (verdict.a === course.id && verdict.b === id) || (verdict.b === course.id && verdict.a === id),
    )?.same;
  return {
    from: course,
    matches: matches.map((match) => ({ ...match, userVerdict: userVerdict(match.record.id) })),
  };
}

export interface LibraryCompareOptions {
  minScore: number;
  limit?: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Every Prakerja course × its alternatives scoring at least `minScore`. */
export async function compareLibrary(
  db: BandinginDb,
  options: LibraryCompareOptions,
): Promise<Comparison<Course>[]> {
  const prakerja = await coursesOfSide(db, 'prakerja');
  const source = otherSideSource(db, 'prakerja');
  const out: Comparison<Course>[] = [];
  for (const [index, course] of prakerja.entries()) {
    options.signal?.throwIfAborted();
    const comparison = await compareCourse(db, course, source, { limit: options.limit ?? 10 });
    comparison.matches = comparison.matches.filter(
      (match) => match.pinned || match.score >= options.minScore,
    );
    if (comparison.matches.length > 0) out.push(comparison);
    options.onProgress?.(index + 1, prakerja.length);
  }
  return out;
}
