import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UNKNOWN_KEY } from '@/utils/course-keys';
import { type ColumnValues, flattenColumns, writeColumns } from '@/utils/library/columns';
import { type LibraryRows, orderRows, pageOfOrder } from '@/utils/library/library-order';
import type { LibraryQuery, PageKey, SortKey } from '@/utils/library/pages';
import { DEAD, SIDE_CODE } from '@/utils/library/postings';
import type { Side } from '@/utils/model';

interface Row extends ColumnValues {
  id: string;
  side: Side | 'dead';
}

const row: fc.Arbitrary<Row> = fc.record({
  id: fc.stringMatching(/^[a-c]{1,3}$/),
  side: fc.constantFrom<Row['side']>('prakerja', 'alternative', 'dead'),
  // small domains, so sorts meet ties and filters meet edges
  lastSeen: fc.integer({ min: 0, max: 4 }),
  price: fc.oneof(
    fc.integer({ min: 0, max: 5 }).map((n) => n * 100_000),
    fc.constant(UNKNOWN_KEY),
  ),
  hours: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.constant(UNKNOWN_KEY)),
  title: fc.constantFrom('excel', 'Excel', 'desain', '', 'ü'),
  site: fc.constantFrom('udemy', 'prakerja', 'coursera'),
  mode: fc.option(fc.constantFrom('webinar', 'video'), { nil: undefined }),
});

/** Each filter is left out most of the time, so most queries keep enough rows to page and tie. */
const sometimes = <T>(value: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: value, weight: 1 });
const query: fc.Arbitrary<LibraryQuery> = fc
  .record({
    sort: fc.constantFrom<SortKey>('newest', 'price', 'hours', 'title'),
    filter: fc.record({
      side: sometimes(fc.constantFrom<Side>('prakerja', 'alternative')),
      site: sometimes(fc.constantFrom('udemy', 'coursera', 'edx')),
      mode: sometimes(fc.constantFrom('webinar', 'video' as const)),
      priceMin: sometimes(fc.integer({ min: 0, max: 5 }).map((n) => n * 100_000)),
      priceMax: sometimes(fc.integer({ min: 0, max: 5 }).map((n) => n * 100_000)),
      hoursMin: sometimes(fc.integer({ min: 1, max: 4 })),
      hoursMax: sometimes(fc.integer({ min: 1, max: 4 })),
    }),
  })
  .map(({ sort, filter }) => ({
    sort,
    filter: Object.fromEntries(Object.entries(filter).filter(([, value]) => value !== undefined)),
  }));

const rowList = fc.array(row, { minLength: 1, maxLength: 60, size: 'medium' });

/** Rows laid out as the library stores them: ids unique, one ordinal each, spread over blocks. */
function rowsOf(list: Row[]): { rows: LibraryRows; live: (Row & { ord: number })[] } {
  const unique = [...new Map(list.map((r) => [r.id, r])).values()];
  const placed = unique.map((r, i) => ({ ...r, ord: i * 1500 })); // several blocks of 4096
  const size = placed.length ? placed.at(-1)!.ord + 1 : 0;
  const blocks = new Map();
  writeColumns(
    blocks,
    placed.map((r) => ({ ord: r.ord, values: r })),
  );
  const ids = new Array<string | undefined>(size);
  const sides = new Uint8Array(size);
  for (const r of placed) {
    ids[r.ord] = r.id;
    sides[r.ord] = r.side === 'dead' ? DEAD : SIDE_CODE[r.side];
  }
  return {
    rows: { size, columns: flattenColumns(blocks.values(), size), ids, sides },
    live: placed.filter((r) => r.side !== 'dead'),
  };
}

const within = (value: number, min?: number, max?: number) =>
  (min === undefined && max === undefined) ||
  (value !== UNKNOWN_KEY && value >= (min ?? -Infinity) && value <= (max ?? Infinity));

/** The same query answered the obvious way. */
function expected(live: (Row & { ord: number })[], q: LibraryQuery): string[] {
  const f = q.filter;
  const field = { newest: 'lastSeen', price: 'price', hours: 'hours', title: 'title' } as const;
  return live
    .filter(
      (r) =>
        (!f.side || r.side === f.side) &&
        (!f.site || r.site === f.site) &&
        (!f.mode || r.mode === f.mode) &&
        within(r.price, f.priceMin, f.priceMax) &&
        within(r.hours, f.hoursMin, f.hoursMax),
    )
    .map((r): PageKey => [r[field[q.sort]], r.id])
    .sort((a, b) => {
      const order = a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0;
      return q.sort === 'newest' ? -order : order;
    })
    .map(([, id]) => id);
}

describe('library order', () => {
  it('filters and sorts as the obvious reading of every row does, ties by id', () => {
    fc.assert(
      fc.property(rowList, query, (list, q) => {
        const { rows, live } = rowsOf(list);
        const ids = [...orderRows(rows, q)].map((ord) => rows.ids[ord]);
        expect(ids).toEqual(expected(live, q));
      }),
    );
  });

  it('pages forward, back and to the end without gaps or repeats', () => {
    fc.assert(
      fc.property(
        fc.array(row, { maxLength: 40 }),
        query,
        fc.integer({ min: 1, max: 6 }),
        (list, q, size) => {
          const { rows } = rowsOf(list);
          const order = orderRows(rows, q);
          const value = (ord: number) =>
            ({
              newest: rows.columns.lastSeen,
              price: rows.columns.price,
              hours: rows.columns.hours,
              title: rows.columns.titles,
            })[q.sort][ord]!;
          const keyOf = (ord: number): PageKey => [value(ord), rows.ids[ord]!];
          const pages: Uint32Array[] = [];
          let page = pageOfOrder(rows, order, q.sort, { kind: 'first' }, size);
          while (page.length > 0) {
            pages.push(page);
            page = pageOfOrder(rows, order, q.sort, { kind: 'after', key: keyOf(page.at(-1)!) }, size);
          }
          expect(pages.flatMap((p) => [...p])).toEqual([...order]);
          for (let i = 1; i < pages.length; i++) {
            const back = pageOfOrder(
              rows,
              order,
              q.sort,
              { kind: 'before', key: keyOf(pages[i]![0]!) },
              size,
            );
            expect([...back]).toEqual([...pages[i - 1]!]);
          }
          const last = pageOfOrder(
            rows,
            order,
            q.sort,
            { kind: 'last', size: pages.at(-1)?.length ?? 1 },
            size,
          );
          expect([...last]).toEqual([...(pages.at(-1) ?? [])]);
        },
      ),
    );
  });
});
