/** Turn a captured course into a stored one: canonical id and URL, merged with what we had. */

import { courseTokens } from './match/tokens';
import type { Course, IncomingCourse, PriceSnapshot } from './model';

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
  merged.tokens = courseTokens(merged);
  const priceChanged = merged.price && !samePrice(merged.price, existing?.price);
  return {
    course: merged,
    snapshot: priceChanged ? { courseId: id, at: now, ...merged.price! } : undefined,
  };
}
