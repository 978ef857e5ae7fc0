/**
 * Migration pattern: each schema version's tables and some rows, frozen here as that version
 * wrote them. Each test writes a frozen version with plain Dexie, then opens the current
 * BandinginDb on top and checks that nothing was lost. A new schema version adds a frozen entry.
 */
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { boundId } from '@/utils/course-keys';
import { makeBackup, parseBackup } from '@/utils/io/backup';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { BandinginDb } from '@/utils/library/db';
import { readIndexState } from '@/utils/library/match-index';
import { coursesOfSide, readPage, SORT_KEYS } from '@/utils/library/pages';
import { priceHistory } from '@/utils/library/price-history';
import { CURRENT_SCHEMA_VERSION } from '@/utils/library/schema';
import { storeCourses } from '@/utils/library/store';
import { LIMITS } from '@/utils/limits';

const V1_ROWS = {
  courses: [
    {
      id: 'prakerja:/pelatihan/excel-untuk-admin',
      site: 'prakerja',
      side: 'prakerja',
      url: 'https://www.prakerja.go.id/pelatihan/excel-untuk-admin',
      title: 'Microsoft Excel untuk Staf Administrasi',
      price: { amount: 1_200_000, currency: 'IDR' },
      firstSeen: 1,
      lastSeen: 2,
      source: 'page',
      extractor: 'jsonld@1',
      tokens: ['microsoft', 'excel', 'admin'],
    },
  ],
  snapshots: [
    { courseId: 'prakerja:/pelatihan/excel-untuk-admin', at: 1, amount: 1_200_000, currency: 'IDR' },
  ],
  shortlists: [{ id: 'sl1', name: 'Pilihan saya', createdAt: 1, order: 0 }],
  shortlistItems: [
    {
      shortlistId: 'sl1',
      courseId: 'prakerja:/pelatihan/excel-untuk-admin',
      note: 'murah',
      tags: [],
      addedAt: 1,
      order: 0,
    },
  ],
  verdicts: [{ a: 'prakerja:/pelatihan/excel-untuk-admin', b: 'udemy:123', same: true, at: 1 }],
  settings: [{ key: 'settings', value: { balance: 3_000_000 } }],
} as Record<string, Record<string, unknown>[]>;

const V1_STORES = {
  courses: 'id, site, side, url, *tokens, lastSeen',
  snapshots: '++seq, courseId, [courseId+at], at',
  shortlists: 'id, order',
  shortlistItems: '[shortlistId+courseId], shortlistId, courseId',
  verdicts: '[a+b], a, b',
  settings: 'key',
};

const V3_STORES = {
  ...V1_STORES,
  courses:
    'id, site, *tokens, [side+lastSeen+id], [side+sortPrice+id], [side+sortHours+id], [side+sortTitle+id]',
  snapshots: '++seq, [courseId+at]',
};
const V3_COURSES = V1_ROWS.courses!.map((course) => ({
  ...course,
  sortPrice: 1_200_000,
  sortHours: Number.MAX_SAFE_INTEGER,
  sortTitle: 'microsoft excel untuk staf administrasi',
}));

const V4_COURSES = V3_COURSES.map((course) => ({ ...course, priceSince: 1 }));

const V6_STORES = {
  ...V3_STORES,
  courses: 'id, site, [side+lastSeen+id], [side+sortPrice+id], [side+sortHours+id], [side+sortTitle+id]',
  postings: '[seg+block], seg',
  ordinals: 'block',
};
const V6_SIDES = new Uint8Array(4096);
V6_SIDES[0] = 1;
/** A one-course match index as v6 writes it: one segment, the token blocks it hashes to, ordinal 0. */
const V6_ROWS = {
  ...V1_ROWS,
  snapshots: [],
  courses: V4_COURSES.map((course) => ({ ...course, ord: 0 })),
  postings: [
    { seg: 1, block: 20, tokens: ['admin'], offsets: new Uint32Array([0, 1]), ords: new Uint32Array([0]) },
    {
      seg: 1,
      block: 71,
      tokens: ['microsoft'],
      offsets: new Uint32Array([0, 1]),
      ords: new Uint32Array([0]),
    },
    { seg: 1, block: 112, tokens: ['excel'], offsets: new Uint32Array([0, 1]), ords: new Uint32Array([0]) },
  ],
  ordinals: [{ block: 0, ids: 'prakerja:/pelatihan/excel-untuk-admin', sides: V6_SIDES }],
  settings: [
    ...V1_ROWS.settings!,
    {
      key: 'matchIndex',
      value: { segments: [{ seg: 1, docs: 1, live: false }], nextSeg: 2, nextOrd: 1, count: 1, dead: 0 },
    },
    { key: 'libraryVersion', value: 7 },
  ],
} as Record<string, Record<string, unknown>[]>;

const V7_STORES = { ...V6_STORES, courses: 'id', columns: 'block' };
const column = (value: number) => {
  const values = new Float64Array(4096).fill(Number.MAX_SAFE_INTEGER);
  values[0] = value;
  return values;
};
/** The v6 library with the table's columns as v7 writes them: one block, ordinal 0. */
const V7_ROWS = {
  ...V6_ROWS,
  columns: [
    {
      block: 0,
      lastSeen: new Float64Array(4096).fill(0).fill(2, 0, 1),
      price: column(1_200_000),
      hours: column(Number.MAX_SAFE_INTEGER),
      titles: ['microsoft excel untuk staf administrasi'],
      sites: ['prakerja'],
      site: new Uint16Array(4096),
      modes: [],
      mode: new Uint8Array(4096),
    },
  ],
} as Record<string, Record<string, unknown>[]>;

const FROZEN = [
  {
    version: 1,
    stores: V1_STORES,
    rows: V1_ROWS,
  },
  {
    version: 2,
    stores: { ...V1_STORES, courses: 'id, site, side, url, *tokens, lastSeen, [lastSeen+id]' },
    rows: V1_ROWS,
  },
  { version: 3, stores: V3_STORES, rows: { ...V1_ROWS, courses: V3_COURSES } },
  { version: 4, stores: V3_STORES, rows: { ...V1_ROWS, snapshots: [], courses: V4_COURSES } },
  {
    version: 5,
    stores: V3_STORES,
    rows: { ...V1_ROWS, snapshots: [], courses: V4_COURSES },
  },
  { version: 6, stores: V6_STORES, rows: V6_ROWS },
  { version: 7, stores: V7_STORES, rows: V7_ROWS },
];

/** A v4 course whose id came from a 2,048-character URL, with everything that names it. */
const LONG_URL = `https://www.udemy.com/course/${'panjang-'.repeat(300)}`.slice(0, LIMITS.url);
const LONG_ID = `udemy:${new URL(LONG_URL).pathname}`;
const V4_LONG_ROWS = {
  courses: [
    {
      ...V3_COURSES[0],
      id: LONG_ID,
      site: 'udemy',
      side: 'alternative',
      url: LONG_URL.replace('https://', 'https://alice:s3cret@'),
      priceSince: 1,
    },
    { ...V3_COURSES[0], priceSince: 1 },
  ],
  snapshots: [{ courseId: LONG_ID, at: 1, amount: 900_000, currency: 'IDR' }],
  shortlists: V1_ROWS.shortlists,
  shortlistItems: [{ ...V1_ROWS.shortlistItems![0], courseId: LONG_ID }],
  verdicts: [{ a: 'prakerja:/pelatihan/excel-untuk-admin', b: LONG_ID, same: true, at: 1 }],
  settings: V1_ROWS.settings,
} as Record<string, Record<string, unknown>[]>;

/** Rows the schema's upgrades add beside the frozen ones: the match index and its state. */
const DERIVED_TABLES = new Set(['settings', 'postings', 'ordinals', 'columns']);

describe('database migrations', () => {
  it('has a frozen fixture for every schema version', () => {
    expect(FROZEN.map((entry) => entry.version)).toContain(CURRENT_SCHEMA_VERSION);
  });

  it.each(FROZEN)('opens data written by schema version $version without losing a row', async (frozen) => {
    const name = `migration-from-v${frozen.version}`;
    const old = new Dexie(name);
    old.version(frozen.version).stores(frozen.stores);
    await old.open();
    for (const [table, rows] of Object.entries(frozen.rows)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new BandinginDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    for (const [table, rows] of Object.entries(frozen.rows)) {
      const stored = await db.table(table).toArray();
      if (!DERIVED_TABLES.has(table)) expect(stored, table).toHaveLength(rows.length);
      for (const row of rows) {
        // the library version moves on with every upgrade that rebuilds part of the index
        if (row.key === 'libraryVersion') continue;
        expect(stored).toContainEqual(expect.objectContaining(row));
      }
    }
    // The indexes the app relies on still answer; the match index finds the course by its tokens.
    const id = 'prakerja:/pelatihan/excel-untuk-admin';
    expect(db.courses.schema.indexes.map((index) => index.name)).not.toContain('tokens');
    const found = await new DexieCandidateSource(db).candidates([{ token: 'excel', weight: 1 }], 5);
    expect(found.candidates.map((candidate) => candidate.record.id)).toEqual([id]);
    expect(found.total).toBe(1);
    expect(await db.courses.get(id)).toMatchObject({ ord: 0 });
    // The library table lists it under every sort and the filters that fit it.
    for (const sort of SORT_KEYS) {
      const page = await readPage(db, { filter: {}, sort }, { kind: 'first' }, 10);
      expect(
        page.rows.map((course) => course.id),
        sort,
      ).toEqual([id]);
    }
    const cheap = {
      filter: { side: 'prakerja', site: 'prakerja', priceMax: 1_500_000 },
      sort: 'price',
    } as const;
    expect((await readPage(db, cheap, { kind: 'first' }, 1)).total).toBe(1);
    // Older rows got their derived sort keys on the way up.
    expect(await db.courses.get(id)).toMatchObject({
      sortPrice: 1_200_000,
      sortTitle: 'microsoft excel untuk staf administrasi',
    });
    expect(await coursesOfSide(db, 'prakerja')).toHaveLength(1);
    // The price history reads the same whether its first price is a snapshot or on the course.
    const history = priceHistory(
      await db.courses.get(id),
      await db.snapshots.where('courseId').equals(id).toArray(),
    );
    expect(history.map(({ at, amount }) => [at, amount])).toEqual([[1, 1_200_000]]);
    await db.delete();
  });

  it('repairs ids stored beyond the limit, and everything naming them, so the backup restores', async () => {
    const old = new Dexie('migration-long-ids');
    old.version(4).stores(V3_STORES);
    await old.open();
    for (const [table, rows] of Object.entries(V4_LONG_ROWS)) await old.table(table).bulkAdd(rows);
    old.close();

    const db = new BandinginDb('migration-long-ids');
    const short = boundId(LONG_ID);
    expect(short.length).toBeLessThanOrEqual(LIMITS.id);
    expect((await db.courses.toCollection().primaryKeys()).sort()).toEqual(
      ['prakerja:/pelatihan/excel-untuk-admin', short].sort(),
    );
    expect((await db.courses.get(short))?.url).toBe(LONG_URL);
    expect((await db.snapshots.toArray()).map((snapshot) => snapshot.courseId)).toEqual([short]);
    expect((await db.shortlistItems.toArray()).map((item) => [item.courseId, item.note])).toEqual([
      [short, 'murah'],
    ]);
    expect(await db.verdicts.toArray()).toEqual([expect.objectContaining({ b: short, same: true })]);
    // the backup of the repaired library passes the restore's check
    const backup = parseBackup(JSON.stringify(await makeBackup(db)));
    expect(backup.data.courses).toHaveLength(2);
    await db.delete();
  });

  it('moves a v4 library into the match index: ordinals in id order, every course found', async () => {
    const old = new Dexie('migration-match-index');
    old.version(4).stores(V3_STORES);
    await old.open();
    const courses = ['c', 'a', 'b'].map((key, i) => ({
      ...V4_COURSES[0],
      id: `udemy:${key}`,
      site: 'udemy',
      side: 'alternative',
      tokens: i === 0 ? ['photoshop', '~graphic design'] : ['excel'],
    }));
    await old.table('courses').bulkAdd(courses);
    old.close();

    const db = new BandinginDb('migration-match-index');
    expect((await db.courses.toArray()).map((course) => [course.id, course.ord])).toEqual([
      ['udemy:a', 0],
      ['udemy:b', 1],
      ['udemy:c', 2],
    ]);
    expect(await readIndexState(db)).toMatchObject({ count: 3, nextOrd: 3, dead: 0 });
    const source = new DexieCandidateSource(db, { side: 'alternative' });
    const excel = await source.candidates([{ token: 'excel', weight: 1 }], 5);
    expect(excel.candidates.map((candidate) => candidate.record.id)).toEqual(['udemy:a', 'udemy:b']);
    const design = await source.candidates([{ token: 'graphic design', weight: 1 }], 5);
    expect(design.df.get('graphic design')).toBe(1);
    expect(design.candidates.map((candidate) => candidate.record.id)).toEqual(['udemy:c']);
    await db.delete();
  });

  it("dates a v3 course's current price from its latest snapshot, so its history has no repeats", async () => {
    const old = new Dexie('migration-price-since');
    old.version(3).stores(V3_STORES);
    await old.open();
    const id = 'prakerja:/pelatihan/excel-untuk-admin';
    await old.table('courses').bulkAdd([{ ...V3_COURSES[0], firstSeen: 1, lastSeen: 9 }]);
    await old.table('snapshots').bulkAdd([
      { courseId: id, at: 1, amount: 1_500_000, currency: 'IDR' },
      { courseId: id, at: 5, amount: 1_200_000, currency: 'IDR' },
    ]);
    old.close();

    const db = new BandinginDb('migration-price-since');
    expect(await db.courses.get(id)).toMatchObject({ priceSince: 5 });
    // the next change snapshots the ending price with that date: a repeat the history merges
    await storeCourses(db, [{ ...V3_COURSES[0]!, price: { amount: 900_000, currency: 'IDR' } } as never], 20);
    const history = priceHistory(
      await db.courses.get(id),
      await db.snapshots.where('courseId').equals(id).toArray(),
    );
    expect(history.map(({ at, amount }) => [at, amount])).toEqual([
      [1, 1_500_000],
      [5, 1_200_000],
      [20, 900_000],
    ]);
    await db.delete();
  });
});
