import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import {
  type LibraryQuery,
  type PageRequest,
  pageKeyOf,
  readLibraryPage,
  readPage,
} from '@/utils/library/pages';
import type { Course } from '@/utils/model';
import { seedSampleLibrary } from './sample-library';

let db: BandinginDb;
afterEach(() => db.delete());

describe('readLibraryPage: ties', () => {
  beforeEach(async () => {
    db = new BandinginDb(`pages-${Math.random()}`);
    // 23 courses; several share a lastSeen, as courses captured from one listing do.
    const courses: Course[] = Array.from({ length: 23 }, (_, i) => ({
      id: `s:${String(i).padStart(2, '0')}`,
      site: 's',
      side: 'alternative',
      url: `https://example.com/${i}`,
      title: `Course ${i}`,
      firstSeen: 0,
      lastSeen: Math.floor(i / 4),
      source: 'page',
      extractor: 'test',
      tokens: [],
    }));
    await db.courses.bulkPut(courses);
  });
  afterEach(() => db.delete());

  const idsOf = (courses: Course[]) => courses.map((course) => course.id.slice(2));

  it('walks forward and back over pages without gaps or repeats, ties included', async () => {
    const seen: string[] = [];
    let request: PageRequest = { kind: 'first' };
    const pages: Course[][] = [];
    for (;;) {
      const page = await readLibraryPage(db, request, 5);
      if (page.length === 0) break;
      pages.push(page);
      seen.push(...idsOf(page));
      request = { kind: 'after', key: pageKeyOf(page[page.length - 1]!) };
    }
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => String(22 - i).padStart(2, '0')));
    const back = await readLibraryPage(db, { kind: 'before', key: pageKeyOf(pages[2]![0]!) }, 5);
    expect(idsOf(back)).toEqual(idsOf(pages[1]!));
  });

  it('reads the last page directly, newest first', async () => {
    expect(idsOf(await readLibraryPage(db, { kind: 'last', size: 3 }, 5))).toEqual(['02', '01', '00']);
  });
});

async function walk(query: LibraryQuery, size = 7): Promise<Course[][]> {
  const pages: Course[][] = [];
  let request: PageRequest = { kind: 'first' };
  for (;;) {
    const { rows } = await readPage(db, query, request, size);
    if (rows.length === 0) return pages;
    pages.push(rows);
    request = { kind: 'after', key: pageKeyOf(rows[rows.length - 1]!, query.sort) };
  }
}

/** How many rows the query allows in all, as a page reports it. */
const totalOf = async (query: LibraryQuery) => (await readPage(db, query, { kind: 'first' }, 1)).total;

/** The same query answered by reading everything, for comparison. */
async function expected(query: LibraryQuery): Promise<string[]> {
  const all = await db.courses.toArray();
  const f = query.filter;
  const range = (v: number | undefined, min?: number, max?: number) =>
    (min === undefined && max === undefined) ||
    (v !== undefined && v < Number.MAX_SAFE_INTEGER && v >= (min ?? -Infinity) && v <= (max ?? Infinity));
  return all
    .filter(
      (c) =>
        (!f.side || c.side === f.side) &&
        (!f.site || c.site === f.site) &&
        (!f.mode || c.mode === f.mode) &&
        range(c.sortPrice, f.priceMin, f.priceMax) &&
        range(c.sortHours, f.hoursMin, f.hoursMax),
    )
    .sort((a, b) => {
      const [x, y] = [pageKeyOf(a, query.sort), pageKeyOf(b, query.sort)];
      const order = x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : 1;
      return query.sort === 'newest' ? -order : order;
    })
    .map((c) => c.id);
}

const ids = (pages: Course[][]) => pages.flat().map((course) => course.id);

describe('library pages: filters and sorts by keyset', () => {
  beforeEach(async () => {
    db = new BandinginDb(`query-${Math.random()}`);
    await seedSampleLibrary(db);
  });

  it.each<LibraryQuery>([
    { filter: {}, sort: 'newest' },
    { filter: {}, sort: 'price' },
    { filter: {}, sort: 'hours' },
    { filter: {}, sort: 'title' },
    { filter: { side: 'prakerja' }, sort: 'price' },
    { filter: { side: 'alternative' }, sort: 'newest' },
    { filter: { priceMin: 200_000, priceMax: 500_000 }, sort: 'price' },
    { filter: { priceMin: 200_000 }, sort: 'newest' },
    { filter: { hoursMax: 4 }, sort: 'hours' },
    { filter: { side: 'alternative', mode: 'webinar' }, sort: 'title' },
    { filter: { site: 'udemy', hoursMin: 3, hoursMax: 8 }, sort: 'price' },
  ])('walks every page of $filter by $sort without gaps or repeats', async (query) => {
    const pages = await walk(query);
    expect(ids(pages)).toEqual(await expected(query));
    expect(await totalOf(query)).toBe((await expected(query)).length);
  });

  it('converts other currencies to rupiah for the price sort and keeps unknown prices last', async () => {
    const rows = ids(await walk({ filter: {}, sort: 'price' }));
    const usd = await db.courses.get('udemy:01');
    expect(usd?.sortPrice).toBe(16_000); // $1 at the default rate
    const unknown = (await db.courses.toArray()).filter((c) => !c.price).map((c) => c.id);
    expect(rows.slice(-unknown.length).sort()).toEqual(unknown.sort());
  });

  it('steps back a page and jumps to the last one', async () => {
    const query: LibraryQuery = { filter: { side: 'alternative' }, sort: 'price' };
    const pages = await walk(query, 5);
    const back = await readPage(db, query, { kind: 'before', key: pageKeyOf(pages[2]![0]!, 'price') }, 5);
    expect(back.rows.map((c) => c.id)).toEqual(pages[1]!.map((c) => c.id));
    const last = await readPage(db, query, { kind: 'last', size: pages.at(-1)!.length }, 5);
    expect(last.rows.map((c) => c.id)).toEqual(pages.at(-1)!.map((c) => c.id));
    expect(await totalOf(query)).toBe(20);
  });

  it('filters by a site and gives the exact total with the first page', async () => {
    const query: LibraryQuery = { filter: { site: 'coursera' }, sort: 'title' };
    const page = await readPage(db, query, { kind: 'first' }, 3);
    expect(page.total).toBe(4);
    expect(ids(await walk(query, 3))).toEqual(await expected(query));
  });

  it('"has a match" keeps the courses in a pair the user marked the same', async () => {
    await db.verdicts.bulkPut([
      { a: 'prakerja:00', b: 'udemy:01', same: true, at: 1 },
      { a: 'prakerja:02', b: 'udemy:03', same: false, at: 1 },
    ]);
    const page = await readPage(db, { filter: { matched: true }, sort: 'newest' }, { kind: 'first' }, 10);
    expect(page.rows.map((c) => c.id).sort()).toEqual(['prakerja:00', 'udemy:01']);
  });
});
