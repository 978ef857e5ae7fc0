/** Turn a captured course into a stored one: canonical id and URL, merged with what we had. */
import { canonicalHref, courseId, sortKeys } from '../course-keys';
import { courseTokens } from '../match/tokens';
import { type Course, DEFAULT_RATES, type IncomingCourse, type PriceSnapshot, type Settings } from '../model';

const samePrice = (a?: Course['price'], b?: Course['price']) =>
  a?.amount === b?.amount && a?.currency === b?.currency;

export interface IngestResult {
  course: Course;
  snapshot?: PriceSnapshot;
  /** The match-index ordinal the course leaves (its tokens or side changed; it gets a new one). */
  retired?: number;
}

/**
 * Merge a fresh capture into the stored record: new values win, firstSeen stays, lastSeen moves.
 * A changed price returns the one it replaced as a snapshot (utils/library/price-history.ts).
 */
export function mergeCapture(
  captured: IncomingCourse,
  existing: Course | undefined,
  now: number,
  rates: Settings['rates'] = DEFAULT_RATES,
  id = courseId(captured.site, captured.url, captured.key),
): IngestResult {
  const defined: Record<string, unknown> = {};
  for (const field in captured) {
    const value = captured[field as keyof IncomingCourse];
    if (value !== undefined && field !== 'key') defined[field] = value;
  }
  const merged = {
    ...existing,
    ...defined,
    id,
    url: captured.url ? canonicalHref(captured.url) : existing?.url,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: Math.max(now, existing?.lastSeen ?? 0),
  } as Course;
  // Tokens depend only on title, topics and description: keep the stored ones when those are unchanged.
  merged.tokens =
    existing && sameText(existing, merged) && existing.tokens ? existing.tokens : courseTokens(merged);
  // The match index lists a course under its ordinal by tokens and side: a change needs a new one.
  const reindexed =
    existing?.ord !== undefined &&
    (existing.side !== merged.side || !sameTokens(existing.tokens, merged.tokens));
  if (reindexed || existing?.ord === undefined) delete merged.ord;
  Object.assign(merged, sortKeys(merged, rates));
  // The current price stays on the course; only a price that ended becomes a snapshot.
  if (merged.price && !samePrice(merged.price, existing?.price)) merged.priceSince = now;
  const ended = existing?.price && !samePrice(merged.price, existing.price) ? existing : undefined;
  return {
    course: merged,
    retired: reindexed ? existing.ord : undefined,
    snapshot: ended && {
      courseId: id,
      at: ended.priceSince ?? ended.firstSeen,
      ...ended.price!,
    },
  };
}

function sameTokens(a: readonly string[] | undefined, b: readonly string[]): boolean {
  return a !== undefined && a.length === b.length && a.every((token, index) => token === b[index]);
}

function sameText(a: Course, b: Course): boolean {
  if (a.title !== b.title || a.description !== b.description) return false;
  const x = a.topics ?? [];
  const y = b.topics ?? [];
  return x.length === y.length && x.every((topic, index) => topic === y[index]);
}
