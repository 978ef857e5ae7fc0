/** Match summaries for the in-page badge, computed over the library in IndexedDB. */

import type { DexieCandidateSource } from '../library/candidates';
import type { BandinginDb } from '../library/db';
import { readSettings } from '../library/db';
import type { Course, Side } from '../model';
import { toIdr } from '../money';
import { compareCourse, otherSideSource } from './library-compare';
import type { MatchSummary } from './summary';

/** Summaries for stored courses, matching each against the other side of the library. */
export async function summariseMatches(db: BandinginDb, ids: readonly string[]): Promise<MatchSummary[]> {
  const courses = (await db.courses.bulkGet([...new Set(ids)].slice(0, 100))).filter(
    (course): course is Course => course !== undefined,
  );
  const settings = await readSettings(db);
  const sources = new Map<Side, DexieCandidateSource>();
  const summaries: MatchSummary[] = [];
  for (const course of courses) {
    let source = sources.get(course.side);
    if (!source) {
      source = otherSideSource(db, course.side);
      sources.set(course.side, source);
    }
    const { matches } = await compareCourse(db, course, source, { limit: 20 });
    const prices = matches.flatMap((match) => {
      const price = match.record.price ?? (match.record.free ? { amount: 0, currency: 'IDR' } : undefined);
      const converted = price ? toIdr(price, settings.rates) : undefined;
      return converted ? [converted.idr] : [];
    });
    summaries.push({
      courseId: course.id,
      url: course.url,
      title: course.title,
      side: course.side,
      count: matches.length,
      equivalents: matches.filter((match) => match.verdict === 'equivalent').length,
      cheapestIdr: prices.length ? Math.min(...prices) : undefined,
    });
  }
  return summaries;
}
