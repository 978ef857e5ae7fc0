import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/db';
import {
  countPage,
  type LibraryQuery,
  type PageRequest,
  pageKeyOf,
  readPage,
  SMALL_SET,
} from '@/utils/library-pages';
import { searchLibrary } from '@/utils/library-search';
import type { Course, ImportedCourse } from '@/utils/model';
import { storeCourses } from '@/utils/store';

let db: BandinginDb;
const TITLES = [
  'Microsoft Excel untuk Admin',
  'Desain Grafis dengan Canva',
  'Digital Marketing',
  'Python Dasar',
];

// 40 courses over two sides and three sites; prices in IDR and USD, some without price or hours.
const incoming = (i: number): ImportedCourse => ({
  site: i % 2 === 0 ? 'prakerja' : i % 5 === 0 ? 'coursera' : 'udemy',
  side: i % 2 === 0 ? 'prakerja' : 'alternative',
  key: String(i).padStart(2, '0'),
  title: `${TITLES[i % 4]} ${i}`,
  price:
    i % 7 === 3
      ? undefined
      : i % 2 === 0
        ? { amount: 100_000 * (i % 9), currency: 'IDR' }
        : { amount: i, currency: 'USD' },
  hours: i % 6 === 1 ? undefined : 1 + (i % 10),
  mode: i % 3 === 0 ? 'webinar' : 'self-paced',
  source: 'import',
  extractor: 'test',
});

beforeEach(async () => {
  db = new BandinginDb(`query-${Math.random()}`);
  for (let i = 0; i < 40; i++) await storeCourses(db, [incoming(i)], 1000 + (i % 13));
});
afterEach(() => db.delete());

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
    expect(await countPage(db, query)).toBe((await expected(query)).length);
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
    expect(await countPage(db, query)).toBe(20);
  });

  it('reads a rare site through its own index and sorts it in memory', async () => {
    const query: LibraryQuery = { filter: { site: 'coursera' }, sort: 'title' };
    expect(await db.courses.where('site').equals('coursera').count()).toBeLessThan(SMALL_SET);
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

describe('searchLibrary', () => {
  it('finds courses by Indonesian or English words, ranked, with the reasons', async () => {
    for (const words of ['desain grafis', 'graphic design']) {
      const results = await searchLibrary(db, words);
      expect(results.length, words).toBeGreaterThan(0);
      expect(results[0]!.record.title, words).toMatch(/Desain Grafis/);
      expect(results[0]!.why.length).toBeGreaterThan(0);
      const scores = results.map((match) => match.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('applies the filters to the ranked results and returns nothing for an empty query', async () => {
    const results = await searchLibrary(db, 'excel', { keep: (course) => course.side === 'prakerja' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((match) => match.record.side === 'prakerja')).toBe(true);
    expect(await searchLibrary(db, '  ')).toEqual([]);
  });
});
