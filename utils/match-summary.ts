/**
 * What the in-page badge says about a course: how many comparable courses the library holds on the
 * other side, and the cheapest of them in rupiah ("5 kursus serupa · mulai Rp0").
 */
import type { BandinginDb } from './db';
import { readSettings } from './db';
import type { CountStore, DexieCandidateSource } from './db-candidates';
import { compareCourse, otherSideSource } from './library-compare';
import type { Course, Side } from './model';
import { toIdr } from './money';

export interface MatchSummary {
  courseId: string;
  url?: string;
  title: string;
  side: Side;
  /** Comparable courses found (equivalent or related, user's "not the same" excluded). */
  count: number;
  equivalents: number;
  /** Lowest price among them, in rupiah. */
  cheapestIdr?: number;
}

/** Summaries for stored courses, matching each against the other side of the library. */
export async function summariseMatches(
  db: BandinginDb,
  ids: readonly string[],
  counts?: CountStore,
): Promise<MatchSummary[]> {
  const courses = (await db.courses.bulkGet([...new Set(ids)].slice(0, 100))).filter(
    (course): course is Course => course !== undefined,
  );
  const settings = await readSettings(db);
  const sources = new Map<Side, DexieCandidateSource>();
  const summaries: MatchSummary[] = [];
  for (const course of courses) {
    let source = sources.get(course.side);
    if (!source) {
      source = otherSideSource(db, course.side, counts);
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
