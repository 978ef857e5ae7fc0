/**
 * A course's identity and derived keys: canonical URL and id, and the sort keys the library's
 * indexes read. No matcher here: extension pages that only read the library import this.
 */
import { LIMITS } from './limits';
import type { Course, Settings } from './model';
import { toIdr } from './money';

/** The sort key of an unknown price or duration: above any real one, so those courses sort last. */
export const UNKNOWN_KEY = Number.MAX_SAFE_INTEGER;

export type SortKeys = Pick<Course, 'sortPrice' | 'sortHours' | 'sortTitle'>;

/** The derived keys the library's filter and sort indexes read (see utils/library/schema.ts v3). */
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
  (PRINTABLE_ASCII.test(title) ? title : title.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .trim()
    .slice(0, 200);

/** Text that NFKD leaves as it is and that has no accents to drop. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Query parameters that never identify a course: tracking, coupons, referrals. */
const NOISE_PARAMS = /^(utm_.*|fbclid|gclid|ref|referral.*|couponcode|aff.*|source|tracking.*|mc_.*)$/i;

/** A URL as it may be kept: never with the `user:pass@` a link can carry. */
export function withoutCredentials(raw: string): string {
  if (!raw.includes('@')) return raw; // no userinfo without an "@": skip parsing (every stored URL passes here)
  try {
    const url = new URL(raw);
    if (!url.username && !url.password) return raw;
    url.username = '';
    url.password = '';
    return url.href;
  } catch {
    return raw;
  }
}

export function canonicalUrl(raw: string): URL {
  const url = new URL(raw);
  // each setter re-serialises the URL: set only what differs (an import canonicalises 100k of them)
  if (url.username) url.username = '';
  if (url.password) url.password = '';
  if (url.href.includes('#')) url.hash = ''; // an empty fragment too
  const host = url.hostname.toLowerCase();
  if (url.hostname !== host) url.hostname = host;
  if (url.href.includes('?')) {
    for (const name of [...url.searchParams.keys()])
      if (NOISE_PARAMS.test(name)) url.searchParams.delete(name);
    url.searchParams.sort();
  }
  if (url.pathname.length > 1 && url.pathname.endsWith('/')) url.pathname = url.pathname.replace(/\/+$/, '');
  return url;
}

/**
 * A plain web address (lower-case host, a path of characters the URL parser keeps as they are, no
 * port, query, fragment or dot segment): one whose canonical form is itself without trailing
 * slashes. Most catalogue links are such, and the browser's URL parser costs ~10 µs a link.
 */
const PLAIN_URL =
  /^https?:\/\/(?!(?:[^/]*\.)?xn--)(?:[a-z0-9-]+\.)*[a-z][a-z0-9-]*(\/[A-Za-z0-9\-_~!$&'()*+,;=:@]+(?:\.[A-Za-z0-9\-_~!$&'()*+,;=:@]+)*)*\/*$/;

/** Whether `raw` is a plain web address (then it parses as an http(s) URL: the property test below). */
export const isPlainWebUrl = (raw: string) => PLAIN_URL.test(raw);

/** `canonicalUrl(raw).href`, without parsing a plain address (a property test holds them equal). */
export function canonicalHref(raw: string): string {
  if (isPlainWebUrl(raw)) {
    const trimmed = raw.replace(/\/+$/, '');
    // keep the root's one slash: "https://x.id/" stays, "https://x.id/a/" loses it
    if (trimmed.indexOf('/', raw.indexOf('//') + 2) > 0) return trimmed;
  }
  return canonicalUrl(raw).href;
}

export function courseId(site: string, url: string | undefined, key?: string): string {
  if (key) return boundId(`${site}:${key}`);
  if (!url) throw new Error('a course needs a key or a URL');
  const canonical = canonicalUrl(url);
  return boundId(`${site}:${canonical.pathname}${canonical.search}`);
}

/** Hex digits of the hash that ends a shortened id. */
const HASH_DIGITS = 16;

/**
 * An id within LIMITS.id: a short one as it is; a longer one (a 2,048-character URL) keeps a readable
 * prefix and ends with `~` and the FNV-1a 64-bit hash of the whole id, so it stays unique and stable.
 * Idempotent: a bounded id is returned unchanged, so stored ids can be repaired by the same function.
 */
export function boundId(id: string): string {
  if (id.length <= LIMITS.id) return id;
  let prefix = id.slice(0, LIMITS.id - HASH_DIGITS - 1);
  // never end on half of a surrogate pair
  if (/[\uD800-\uDBFF]$/.test(prefix)) prefix = prefix.slice(0, -1);
  return `${prefix}~${fnv1a64(id)}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = (1n << 64n) - 1n;

/** FNV-1a, 64 bits, over the UTF-8 bytes; synchronous, the same in Node and the service worker. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) hash = ((hash ^ BigInt(byte)) * FNV_PRIME) & MASK_64;
  return hash.toString(16).padStart(HASH_DIGITS, '0');
}
