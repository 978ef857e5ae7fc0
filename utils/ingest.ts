/** Turn a captured course into a stored one: canonical id and URL, merged with what we had. */

import { courseTokens } from './match/tokens';
import { type Course, DEFAULT_RATES, type IncomingCourse, type PriceSnapshot, type Settings } from './model';
import { toIdr } from './money';

/** The sort key of an unknown price or duration: above any real one, so those courses sort last. */
export const UNKNOWN_KEY = Number.MAX_SAFE_INTEGER;

export type SortKeys = Pick<Course, 'sortPrice' | 'sortHours' | 'sortTitle'>;

/** The derived keys the library's filter and sort indexes read (see db-schema.ts v3). */
export function sortKeys(
  course: Pick<Course, 'price' | 'hours' | 'title'>,
  rates: Settings['rates'],
): Required<SortKeys> {
  const idr = course.price ? toIdr(course.price, rates)?.idr : undefined;
  return {
    sortPrice: idr ?? UNKNOWN_KEY,
    sortHours: course.hours ?? UNKNOWN_KEY,
    sortTitle: foldTitle(course.title),
  };
}

/** Case- and accent-folded title, so "excel" sorts with "Excel". */
export const foldTitle = (title: string) =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim()
    .slice(0, 200);

/** Query parameters that never identify a course: tracking, coupons, referrals. */
const NOISE_PARAMS = /^(utm_.*|fbclid|gclid|ref|referral.*|couponcode|aff.*|source|tracking.*|mc_.*)$/i;

export function canonicalUrl(raw: string): URL {
  const url = new URL(raw);
  url.hash = '';
  url.hostname = url.hostname.toLowerCase();
  for (const name of [...url.searchParams.keys()]) if (NOISE_PARAMS.test(name)) url.searchParams.delete(name);
  url.searchParams.sort();
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

export function courseId(site: string, url: string | undefined, key?: string): string {
  if (key) return `${site}:${key}`;
  if (!url) throw new Error('a course needs a key or a URL');
  const canonical = canonicalUrl(url);
  return `${site}:${canonical.pathname}${canonical.search}`;
}

const samePrice = (a?: Course['price'], b?: Course['price']) =>
  a?.amount === b?.amount && a?.currency === b?.currency;

export interface IngestResult {
  course: Course;
  snapshot?: PriceSnapshot;
}

/** Merge a fresh capture into the stored record: new values win, firstSeen stays, lastSeen moves. */
export function mergeCapture(
  captured: IncomingCourse,
  existing: Course | undefined,
  now: number,
  rates: Settings['rates'] = DEFAULT_RATES,
): IngestResult {
  const { key, ...fields } = captured;
  const id = courseId(captured.site, captured.url, key);
  const defined = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
  const merged = {
    ...existing,
    ...defined,
    id,
    url: captured.url ? canonicalUrl(captured.url).href : existing?.url,
    firstSeen: existing?.firstSeen ?? now,
    lastSeen: Math.max(now, existing?.lastSeen ?? 0),
  } as Course;
  // Tokens depend only on title, topics and description: keep the stored ones when those are unchanged.
  merged.tokens =
    existing && sameText(existing, merged) && existing.tokens ? existing.tokens : courseTokens(merged);
  Object.assign(merged, sortKeys(merged, rates));
  const priceChanged = merged.price && !samePrice(merged.price, existing?.price);
  return {
    course: merged,
    snapshot: priceChanged ? { courseId: id, at: now, ...merged.price! } : undefined,
  };
}

function sameText(a: Course, b: Course): boolean {
  if (a.title !== b.title || a.description !== b.description) return false;
  const x = a.topics ?? [];
  const y = b.topics ?? [];
  return x.length === y.length && x.every((topic, index) => topic === y[index]);
}
