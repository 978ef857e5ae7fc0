/**
 * The library a page at a time, filtered and sorted, by keyset. The order comes from the table's
 * columns held in memory (utils/library/columns.ts, utils/library/library-order.ts) under the
 * library version: the first page of a query sorts the filtered courses once (100k in well under a
 * second), every later page is a binary search, and only the page's own rows are read from the
 * courses table. Any filter, however rare or common, costs the same scan, and counts are exact.
 */
import type { Course, Mode, Side } from '../model';
import { columnValues } from './columns';
import type { BandinginDb } from './db';
import { indexView } from './index-view';
import { orderRows, pageOfOrder } from './library-order';

export type SortKey = 'newest' | 'price' | 'hours' | 'title';
export const SORT_KEYS: readonly SortKey[] = ['newest', 'price', 'hours', 'title'];

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

/** A course's place in a sort, from the values the table's columns hold for it. */
export function pageKeyOf(course: Course, sort: SortKey = 'newest'): PageKey {
  const values = columnValues(course);
  const value = { newest: values.lastSeen, price: values.price, hours: values.hours, title: values.title }[
    sort
  ];
  return [value, course.id];
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

export interface LibraryPage {
  rows: Course[];
  /** Rows the filter allows in all. */
  total: number;
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
  const { rows, order } = await orderOf(db, query);
  const page = pageOfOrder(rows, order, query.sort, request, pageSize);
  const ids = [...page].map((ord) => rows.ids[ord]!);
  const found = await db.courses.bulkGet(ids);
  return { rows: found.filter((course): course is Course => course !== undefined), total: order.length };
}

/** Every course of one side, oldest seen first (ties by id). */
export async function coursesOfSide(db: BandinginDb, side: Side): Promise<Course[]> {
  const { rows, order } = await orderOf(db, { filter: { side }, sort: 'newest' });
  const ids = [...order].reverse().map((ord) => rows.ids[ord]!);
  const found = await db.courses.bulkGet(ids);
  return found.filter((course): course is Course => course !== undefined);
}

/** The sites the library holds, A first. */
export async function librarySites(db: BandinginDb): Promise<string[]> {
  const rows = await (await indexView(db)).rows();
  const used = new Set<number>();
  for (let ord = 0; ord < rows.size; ord++) if (rows.sides[ord]) used.add(rows.columns.site[ord]!);
  return [...used].flatMap((code) => rows.columns.sites[code - 1] ?? []).sort();
}

/** The query's order, kept by the view while the library holds (not "has a match": verdicts change apart). */
async function orderOf(db: BandinginDb, query: LibraryQuery) {
  const view = await indexView(db);
  const rows = await view.rows();
  if (query.filter.matched) return { rows, order: orderRows(rows, query, await matchedIds(db)) };
  return { rows, order: view.kept(JSON.stringify(query), () => orderRows(rows, query)) };
}
