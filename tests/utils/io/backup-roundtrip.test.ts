/**
 * A restore never fails on data the app itself wrote: random libraries go in through the real
 * capture path (the background's handleCapture) and the real catalogue import, are backed up as
 * text and restored into an empty library, which then holds the same courses.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { makeBackup, parseBackup, restoreBackup } from '@/utils/io/backup';
import { checkImport, importCourses, planImport } from '@/utils/io/catalogue-import';
import { BandinginDb } from '@/utils/library/db';
import { addToShortlist, createShortlist } from '@/utils/library/shortlists';
import { handleCapture } from '@/utils/runtime/capture-handler';

const SITES = [
  { id: 'udemy', side: 'alternative', origin: 'https://www.udemy.com' },
  { id: 'prakerja', side: 'prakerja', origin: 'https://www.prakerja.go.id' },
  { id: 'coursera', side: 'alternative', origin: 'https://www.coursera.org' },
] as const;

/** Path text of any length up to past the URL limit, with characters a page may put in a link. */
const pathText = fc.oneof(
  fc.string({
    unit: fc.constantFrom('a', 'z', '-', '_', '%20', 'é', '😀', '/', '?q=', '&x=', '#'),
    maxLength: 600,
    size: 'max',
  }),
  fc.string({ maxLength: 40 }),
);
const money = fc.record({
  amount: fc.oneof(fc.integer({ min: 0, max: 5_000_000 }), fc.double({ min: 0, max: 2e12, noNaN: true })),
  currency: fc.constantFrom('IDR', 'USD', 'EUR'),
});
const captured = fc.record(
  {
    path: pathText,
    key: fc.string({ minLength: 1, maxLength: 300, size: 'max' }),
    title: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 420 }),
    price: money,
    listPrice: money,
    hours: fc.double({ min: 0.1, max: 20_000, noNaN: true }),
    provider: fc.string({ maxLength: 220 }),
    topics: fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }), { maxLength: 8 }),
    description: fc.string({ unit: 'grapheme', maxLength: 300 }),
    rating: fc.double({ min: 0, max: 5, noNaN: true }),
    credentials: fc.boolean(),
  },
  { requiredKeys: ['path', 'title'] },
);
const page = fc.record({
  site: fc.integer({ min: 0, max: SITES.length - 1 }),
  courses: fc.array(captured, { minLength: 1, maxLength: 6 }),
});
const catalogueRow = fc.record({
  judul: fc.string({ unit: 'grapheme', maxLength: 80 }),
  harga: fc.oneof(
    fc.constant('Gratis'),
    fc.integer({ min: 0, max: 1e13 }).map(String),
    fc.string({ maxLength: 12 }),
  ),
  link: fc.oneof(
    pathText.map((path) => `https://kursus.example/${path}`),
    fc.constant(''),
  ),
  id: fc.oneof(fc.constant(''), fc.string({ maxLength: 330 })),
});

type Page = typeof page extends fc.Arbitrary<infer T> ? T : never;
type CatalogueRow = typeof catalogueRow extends fc.Arbitrary<infer T> ? T : never;

async function writeLibrary(db: BandinginDb, pages: Page[], rows: CatalogueRow[]) {
  const stored: string[] = [];
  for (const [n, { site: index, courses }] of pages.entries()) {
    const site = SITES[index]!;
    const pageUrl = `${site.origin}/katalog/${n}`;
    const reply = await handleCapture(
      db,
      {
        pageUrl,
        courses: courses.map(({ path, credentials, ...fields }) => ({
          ...fields,
          site: site.id,
          side: site.side,
          url: `${site.origin.replace('https://', credentials ? 'https://u:p@' : 'https://')}/${path}`,
          extractor: 'property@1',
        })),
        report: { methods: ['property'], fields: [], courseCount: courses.length },
      },
      { tabId: n, url: pageUrl },
    );
    if (reply.ok) stored.push(...reply.ids);
  }
  if (rows.length) {
    const text = Papa.unparse(rows);
    const { columns } = planImport(text, 'katalog.csv');
    const check = checkImport(text, 'katalog.csv', { columns, site: 'lpk', side: 'prakerja' });
    await importCourses(db, check.courses);
  }
  if (stored.length) {
    const list = await createShortlist(db, 'Pilihan', 1);
    await addToShortlist(db, list.id, stored[0]!, 2);
    await db.verdicts.put({ a: stored[0]!, b: stored.at(-1)!, same: true, at: 3 });
  }
}

describe('backup and restore of any library the app wrote', () => {
  it('restores every backup it made, with the same courses', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(page, { maxLength: 3 }),
        fc.array(catalogueRow, { maxLength: 6 }),
        async (pages, rows) => {
          const db = new BandinginDb(`roundtrip-${run}`);
          const other = new BandinginDb(`roundtrip-restored-${run++}`);
          try {
            await writeLibrary(db, pages, rows);
            const backup = await makeBackup(db);
            const text = JSON.stringify(backup);
            expect(text).not.toMatch(/u:p@/);
            await restoreBackup(other, parseBackup(text), async () => {});
            const restored = await makeBackup(other, new Date(backup.exportedAt));
            const view = (file: typeof backup) => ({
              ids: file.data.courses.map((course) => course.id),
              titles: file.data.courses.map((course) => course.title),
              items: file.data.shortlistItems,
              verdicts: file.data.verdicts,
              snapshots: file.data.snapshots.length,
            });
            expect(view(restored)).toEqual(view(backup));
          } finally {
            await db.delete();
            await other.delete();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});
