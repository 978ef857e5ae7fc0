/**
 * Searching the library through the matcher: the words (Indonesian or English) become a query
 * course, matched against every stored course through the match index, so "desain grafis"
 * finds "Graphic Design" and each result says why it matched.
 */

import { type Match, matchCourse } from '../match/compare';
import type { Course } from '../model';
import { DexieCandidateSource } from './candidates';
import type { BandinginDb } from './db';

/**
 * A search query has a title only: no syllabus, hours or level to agree with, so its scores run
 * lower than course-to-course ones. Keep anything above the noise floor, rank by score.
 */
const SEARCH_THRESHOLDS = { equivalent: 0.62, related: 0.15 };

export async function searchLibrary(
  db: BandinginDb,
  text: string,
  options: { limit?: number; keep?: (course: Course) => boolean } = {},
): Promise<Match<Course>[]> {
  const words = text.trim().slice(0, 200);
  if (!words) return [];
  const limit = options.limit ?? 50;
  const source = new DexieCandidateSource(db);
  const matches = await matchCourse({ id: '\u0000search', title: words }, source, {
    // Filters apply after ranking: ask for more so a filtered list still fills.
    limit: options.keep ? limit * 4 : limit,
    candidateLimit: options.keep ? 400 : 200,
    thresholds: SEARCH_THRESHOLDS,
  });
  const kept = options.keep ? matches.filter((match) => options.keep!(match.record)) : matches;
  return kept.slice(0, limit);
}
