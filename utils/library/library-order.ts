/**
 * The library table's order, pure: which courses a filter keeps and in which order a sort lists
 * them, over the columns in memory (utils/library/columns.ts), and a page of that order by keyset.
 * Ties are broken by id, so every course has one place; the last page costs what the first does.
 */
import { UNKNOWN_KEY } from '../course-keys';
import type { FlatColumns } from './columns';
import type { LibraryQuery, PageKey, PageRequest, SortKey } from './pages';
import { DEAD, SIDE_CODE } from './postings';

/** What the order reads: the columns and, per ordinal, the course's id and side (DEAD: none). */
export interface LibraryRows {
  size: number;
  columns: FlatColumns;
  ids: readonly (string | undefined)[];
  sides: Uint8Array;
}

/** Newest first; the others cheapest, shortest, A first. */
export const DESCENDING: Record<SortKey, boolean> = {
  newest: true,
  price: false,
  hours: false,
  title: false,
};

const inRange = (value: number, min?: number, max?: number) =>
  (min === undefined && max === undefined) ||
  (value !== UNKNOWN_KEY && value >= (min ?? -Infinity) && value <= (max ?? Infinity));

/** The ordinals the filter keeps. `matched`: ids in a pair the user marked the same. */
export function filterRows(rows: LibraryRows, query: LibraryQuery, matched?: ReadonlySet<string>): number[] {
  const f = query.filter;
  const { columns: c } = rows;
  const side = f.side ? SIDE_CODE[f.side] : undefined;
  const site = f.site === undefined ? undefined : c.sites.indexOf(f.site) + 1;
  const mode = f.mode === undefined ? undefined : c.modes.indexOf(f.mode) + 1;
  if (site === 0 || mode === 0) return []; // no course has it
  const kept: number[] = [];
  for (let ord = 0; ord < rows.size; ord++) {
    const at = rows.sides[ord]!;
    if (at === DEAD || (side !== undefined && at !== side)) continue;
    if (site !== undefined && c.site[ord] !== site) continue;
    if (mode !== undefined && c.mode[ord] !== mode) continue;
    if (!inRange(c.price[ord]!, f.priceMin, f.priceMax)) continue;
    if (!inRange(c.hours[ord]!, f.hoursMin, f.hoursMax)) continue;
    if (f.matched && !matched?.has(rows.ids[ord] ?? '')) continue;
    kept.push(ord);
  }
  return kept;
}

/** The sort's value of an ordinal: a number, or the folded title. */
export function sortValueOf(rows: LibraryRows, sort: SortKey): (ord: number) => number | string {
  const c = rows.columns;
  if (sort === 'newest') return (ord) => c.lastSeen[ord]!;
  if (sort === 'price') return (ord) => c.price[ord]!;
  if (sort === 'hours') return (ord) => c.hours[ord]!;
  return (ord) => c.titles[ord]!;
}

const compareKeys = (a: PageKey, b: PageKey) =>
  a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;

/** The filtered ordinals in display order. */
export function orderRows(
  rows: LibraryRows,
  query: LibraryQuery,
  matched?: ReadonlySet<string>,
): Uint32Array {
  const kept = Uint32Array.from(filterRows(rows, query, matched));
  const value = sortValueOf(rows, query.sort);
  const sign = DESCENDING[query.sort] ? -1 : 1;
  const ids = rows.ids;
  return kept.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x !== y) return x < y ? -sign : sign;
    const i = ids[a] ?? '';
    const j = ids[b] ?? '';
    return i < j ? -sign : i > j ? sign : 0;
  });
}

/**
 * One page of an order (ordinals in display order): the first, the one after or before a row's
 * key, or the last `size` rows.
 */
export function pageOfOrder(
  rows: LibraryRows,
  order: Uint32Array,
  sort: SortKey,
  request: PageRequest,
  pageSize: number,
): Uint32Array {
  if (request.kind === 'first') return order.subarray(0, pageSize);
  if (request.kind === 'last') return order.subarray(Math.max(0, order.length - request.size));
  const value = sortValueOf(rows, sort);
  const sign = DESCENDING[sort] ? -1 : 1;
  const key = request.key;
  // position of a row against the key, in display order: increasing along `order`
  const against = (ord: number) => sign * compareKeys([value(ord), rows.ids[ord] ?? ''], key);
  // the first row at or after the key (strictly after, for "after")
  const first = (strict: boolean) => {
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const position = against(order[mid]!);
      if (position < 0 || (strict && position === 0)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (request.kind === 'after') {
    const start = first(true);
    return order.subarray(start, start + pageSize);
  }
  const end = first(false);
  return order.subarray(Math.max(0, end - pageSize), end);
}
