/**
 * The library a page at a time, filtered and sorted, by keyset: each sort has a [side+key+id] index
 * (schema v3); a page reads at most one page of rows from each side's range and merges the two, so
 * the last page of 100k courses costs what the first one does (an offset would walk every row
 * before it), and no page loads more than it shows.
 *
 * Filters: side narrows to one side's range; a price or hours range on the sort's own key narrows
 * the index range. The others (site, mode, a range on another key, "has a match") are checked per
 * row while walking the range; when they leave few rows (under SMALL_SET), those rows are read
 * through their own indexes and sorted in memory instead, so a rare filter never walks 100k rows.
 */
import Dexie from 'dexie';
import { UNKNOWN_KEY } from '../course-keys';
import type { Course, Mode, Side } from '../model';
import type { BandinginDb } from './db';

export type SortKey = 'newest' | 'price' | 'hours' | 'title';
export const SORT_KEYS: readonly SortKey[] = ['newest', 'price', 'hours', 'title'];

const FIELD = { newest: 'lastSeen', price: 'sortPrice', hours: 'sortHours', title: 'sortTitle' } as const;
/** Newest first; the others cheapest, shortest, A first. */
const DESCENDING: Record<SortKey, boolean> = { newest: true, price: false, hours: false, title: false };
const SIDES: readonly Side[] = ['prakerja', 'alternative'];

export interface LibraryFilter {
  site?: string;
  side?: Side;
  mode?: Mode;
  /** Rupiah, inclusive. */
  priceMin?: number;
  priceMax?: number;
  hoursMin?: number;
  hoursMax?: number;
  /**
   * Only courses with a match the user confirmed ("sama"). Chosen over an engine score kept per
   * course because that score goes stale with every capture on the other side and costs a full
   * match per Prakerja course to maintain; verdicts are few, indexed and always current.
   */
  matched?: boolean;
}

export interface LibraryQuery {
  filter: LibraryFilter;
  sort: SortKey;
}

/** A course's place in a sort: its key value, then its id (ties). */
export type PageKey = [value: number | string, id: string];

export type PageRequest =
  | { kind: 'first' }
  | { kind: 'after'; key: PageKey }
  | { kind: 'before'; key: PageKey }
  | { kind: 'last'; size: number };

/** Below this many rows left by the non-index filters, read them whole and sort in memory. */
export const SMALL_SET = 2000;

const sortValue = (course: Course, sort: SortKey): number | string => {
  const value = course[FIELD[sort]];
  if (value !== undefined) return value;
  return sort === 'title' ? course.title.toLowerCase() : UNKNOWN_KEY;
};

export const pageKeyOf = (course: Course, sort: SortKey = 'newest'): PageKey => [
  sortValue(course, sort),
  course.id,
];

const compareKeys = (a: PageKey, b: PageKey) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/**
 * The range of the sort key the filter allows, when the filter is on the sort's own key. A bound
 * leaves out unknown values (UNKNOWN_KEY sits above every real one).
 */
type Bound = number | string | typeof Dexie.maxKey;

function keyRange(query: LibraryQuery): [lo: Bound, hi: Bound] {
  const { filter, sort } = query;
  const bounded = (min?: number, max?: number): [Bound, Bound] =>
    min === undefined && max === undefined
      ? [Dexie.minKey, Dexie.maxKey]
      : [min ?? Dexie.minKey, Math.min(max ?? UNKNOWN_KEY - 1, UNKNOWN_KEY - 1)];
  if (sort === 'price') return bounded(filter.priceMin, filter.priceMax);
  if (sort === 'hours') return bounded(filter.hoursMin, filter.hoursMax);
  return [Dexie.minKey, Dexie.maxKey];
}

/** Compound bounds for one side: a shorter array sorts before any longer one with its prefix. */
const lowerOf = (side: Side, lo: Bound): unknown[] => (lo === Dexie.minKey ? [side] : [side, lo]);
const upperOf = (side: Side, hi: Bound): unknown[] =>
  hi === Dexie.maxKey ? [side, Dexie.maxKey] : [side, hi, Dexie.maxKey];
const sideRange = (db: BandinginDb, index: string, side: Side, lo: Bound, hi: Bound) =>
  db.courses.where(index).between(lowerOf(side, lo), upperOf(side, hi), true, true);

const inRange = (value: number | undefined, min?: number, max?: number) =>
  (min === undefined && max === undefined) ||
  (value !== undefined && value !== UNKNOWN_KEY && value >= (min ?? -Infinity) && value <= (max ?? Infinity));

/** Whether the filter needs a per-row check beyond the index range (side and the sort's own range). */
function rowFilter(query: LibraryQuery, matched?: Set<string>): ((course: Course) => boolean) | undefined {
  const { filter: f, sort } = query;
  const checks: ((course: Course) => boolean)[] = [];
  if (f.site) checks.push((course) => course.site === f.site);
  if (f.mode) checks.push((course) => course.mode === f.mode);
  if (sort !== 'price' && (f.priceMin !== undefined || f.priceMax !== undefined))
    checks.push((course) => inRange(course.sortPrice, f.priceMin, f.priceMax));
  if (sort !== 'hours' && (f.hoursMin !== undefined || f.hoursMax !== undefined))
    checks.push((course) => inRange(course.sortHours, f.hoursMin, f.hoursMax));
  if (f.matched && matched) checks.push((course) => matched.has(course.id));
  return checks.length === 0 ? undefined : (course) => checks.every((check) => check(course));
}

/** Ids of courses in a confirmed ("sama") pair, either side. */
export async function matchedIds(db: BandinginDb): Promise<Set<string>> {
  const ids = new Set<string>();
  await db.verdicts.each((verdict) => {
    if (verdict.same) {
      ids.add(verdict.a);
      ids.add(verdict.b);
    }
  });
  return ids;
}

/**
 * The rows the non-index filters allow when they are few: read through the `site` index or the
 * verdicts, checked in full. Undefined when there is no such filter or it leaves too many rows.
 */
async function smallSet(
  db: BandinginDb,
  query: LibraryQuery,
  matched: Set<string> | undefined,
): Promise<Course[] | undefined> {
  const { filter } = query;
  let rows: Course[] | undefined;
  if (matched && filter.matched && matched.size <= SMALL_SET) {
    rows = (await db.courses.bulkGet([...matched])).filter((course) => course !== undefined);
  } else if (filter.site) {
    // Up to SMALL_SET + 1 keys tell "few" from "many" without counting all of a big site.
    const keys = await db.courses
      .where('site')
      .equals(filter.site)
      .limit(SMALL_SET + 1)
      .primaryKeys();
    if (keys.length <= SMALL_SET)
      rows = (await db.courses.bulkGet(keys)).filter((course) => course !== undefined);
  }
  if (!rows) return undefined;
  const check = rowFilter(query, matched);
  const [lo, hi] = keyRange(query);
  return rows.filter((course) => {
    if (filter.side && course.side !== filter.side) return false;
    const value = sortValue(course, query.sort);
    if (lo !== Dexie.minKey && value < (lo as number | string)) return false;
    if (hi !== Dexie.maxKey && value > (hi as number | string)) return false;
    return check ? check(course) : true;
  });
}

export interface LibraryPage {
  rows: Course[];
  /** Rows the filter allows in all, when known for free (a small set); else ask countPage. */
  total?: number;
}

/** One page of the library for `query`. */
export async function readLibraryPage(
  db: BandinginDb,
  request: PageRequest,
  pageSize: number,
  query: LibraryQuery = { filter: {}, sort: 'newest' },
): Promise<Course[]> {
  return (await readPage(db, query, request, pageSize)).rows;
}

export async function readPage(
  db: BandinginDb,
  query: LibraryQuery,
  request: PageRequest,
  pageSize: number,
): Promise<LibraryPage> {
  const matched = query.filter.matched ? await matchedIds(db) : undefined;
  const descending = DESCENDING[query.sort];
  // "Forward" is the display order; the index is walked forward or backward accordingly.
  const displayForward = request.kind === 'first' || request.kind === 'after';
  const indexForward = displayForward !== descending;
  const from = request.kind === 'after' || request.kind === 'before' ? request.key : undefined;
  const size = request.kind === 'last' ? request.size : pageSize;
  const byReadOrder = (a: Course, b: Course) => {
    const order = compareKeys(pageKeyOf(a, query.sort), pageKeyOf(b, query.sort));
    return indexForward ? order : -order;
  };

  const small = await smallSet(db, query, matched);
  if (small) {
    const sorted = small.sort(byReadOrder);
    const start = from
      ? sorted.findIndex((course) => {
          const order = compareKeys(pageKeyOf(course, query.sort), from);
          return indexForward ? order > 0 : order < 0;
        })
      : 0;
    const rows = start < 0 ? [] : sorted.slice(start, start + size);
    return { rows: displayForward ? rows : rows.reverse(), total: small.length };
  }

  const index = `[side+${FIELD[query.sort]}+id]`;
  const [lo, hi] = keyRange(query);
  const check = rowFilter(query, matched);
  const sides = query.filter.side ? [query.filter.side] : SIDES;
  const streams = await Promise.all(
    sides.map(async (side) => {
      let lower = lowerOf(side, lo);
      let upper = upperOf(side, hi);
      let includeLower = true;
      let includeUpper = true;
      if (from && indexForward) {
        lower = [side, ...from];
        includeLower = false;
      } else if (from) {
        upper = [side, ...from];
        includeUpper = false;
      }
      let collection = db.courses.where(index).between(lower, upper, includeLower, includeUpper);
      if (!indexForward) collection = collection.reverse();
      if (check) collection = collection.filter(check);
      return collection.limit(size).toArray();
    }),
  );
  const rows = streams.flat().sort(byReadOrder).slice(0, size);
  return { rows: displayForward ? rows : rows.reverse() };
}

/**
 * How many rows the filter allows in all. Index counts when the filter is side and the sort's own
 * range; otherwise a walk over the range checking each row (run it apart from the page read: at
 * 100k rows it takes a moment, and the page need not wait for it).
 */
export async function countPage(db: BandinginDb, query: LibraryQuery): Promise<number> {
  const matched = query.filter.matched ? await matchedIds(db) : undefined;
  const small = await smallSet(db, query, matched);
  if (small) return small.length;
  const index = `[side+${FIELD[query.sort]}+id]`;
  const [lo, hi] = keyRange(query);
  const check = rowFilter(query, matched);
  const sides = query.filter.side ? [query.filter.side] : SIDES;
  const counts = await Promise.all(
    sides.map((side) => {
      const range = sideRange(db, index, side, lo, hi);
      return check ? range.filter(check).count() : range.count();
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
