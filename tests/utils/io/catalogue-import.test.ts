import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  checkImport,
  ImportCancelled,
  ImportCheckFailed,
  ImportRowError,
  importCatalogue,
  importCourses,
  planImport,
  readHeader,
} from '@/utils/io/catalogue-import';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { libraryCount } from '@/utils/library/count';
import { BandinginDb } from '@/utils/library/db';
import { readPage } from '@/utils/library/pages';
import { storeCaptured } from '@/utils/library/store';
import type { Course } from '@/utils/model';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`import-${Math.random()}`);
});
afterEach(() => db.delete());

const CSV = [
  'Kode,Nama Pelatihan,Harga,Lembaga,Tautan,Jam',
  'A1,Excel untuk Admin,"Rp 1.250.000",LPK Satu,https://lpk.example/excel,15',
  'A2,Desain Grafis Canva,Gratis,LPK Dua,https://lpk.example/canva,',
  'A3,"=HYPERLINK(""x"") Akuntansi",Rp 500.000,LPK Tiga,javascript:alert(1),16',
].join('\n');

/** A course already in the library, which a failed or cancelled import must leave alone. */
const STORED = {
  site: 'udemy',
  side: 'alternative',
  url: 'https://www.udemy.com/course/x',
  title: 'Tetap',
  source: 'page',
  extractor: 't',
} as const;

describe('catalogue import', () => {
  it.each([
    ['a CSV', 'k.csv', CSV, ['Kode', 'Nama Pelatihan', 'Harga', 'Lembaga', 'Tautan', 'Jam']],
    [
      'a JSON array',
      'k.json',
      '[{"judul":"A","harga":"Rp 1"},{"judul":"B","link":"https://x.id"}]',
      ['judul', 'harga', 'link'],
    ],
    ['JSONL', 'k.jsonl', '{"name":"A"}\n{"name":"B","price":3}\n', ['name', 'price']],
  ])('reads the header of %s for the mapping step', (_label, name, text, header) => {
    expect(readHeader(text, name)).toEqual(header);
  });

  it('detects the columns it knows and leaves the rest to the user', () => {
    const plan = planImport(CSV, 'katalog.csv');
    expect(plan.columns).toMatchObject({
      id: 'Kode',
      title: 'Nama Pelatihan',
      price: 'Harga',
      provider: 'Lembaga',
      url: 'Tautan',
      hours: 'Jam',
    });
  });

  it('validates every row and stores all of them in rupiah, keyed by the id column', async () => {
    const { columns } = planImport(CSV, 'katalog.csv');
    const check = checkImport(CSV, 'katalog.csv', { columns, site: 'lpk', side: 'prakerja' });
    expect(check.errors).toEqual([]);
    expect(check.courses).toHaveLength(3);
    expect(check.courses[2]?.url).toBeUndefined(); // a javascript: link is dropped, not imported
    await importCourses(db, check.courses);
    expect(await db.courses.get('lpk:A1')).toMatchObject({
      title: 'Excel untuk Admin',
      price: { amount: 1_250_000, currency: 'IDR' },
      provider: 'LPK Satu',
      hours: 15,
      side: 'prakerja',
      source: 'import',
    });
    expect(await db.courses.get('lpk:A2')).toMatchObject({ free: true });
  });

  it('reads where and when an offline course runs, as a catalogue export writes it', async () => {
    const text = [
      'Judul,Kota,Alamat,Jadwal',
      'Barista Profesional,Bandung,"Jl. Braga No. 10",Sabtu 09.00–15.00 WIB',
    ].join('\n');
    const { columns } = planImport(text, 'luring.csv');
    expect(columns).toMatchObject({ city: 'Kota', address: 'Alamat', schedule: 'Jadwal' });
    const check = checkImport(text, 'luring.csv', { columns, site: 'lpk', side: 'prakerja' });
    expect(check.courses[0]).toMatchObject({
      city: 'Bandung',
      address: 'Jl. Braga No. 10',
      schedule: 'Sabtu 09.00–15.00 WIB',
    });
  });

  it('reports every bad row by number and imports nothing', () => {
    const bad = `${CSV}\nA4,,Rp 1,LPK,https://x.id,1\nA5,Cukup,Rp 1\nA6,"${'x'.repeat(20)}",Rp 2,L,https://x.id,-3`;
    const { columns } = planImport(bad, 'k.csv');
    const check = checkImport(bad, 'k.csv', { columns, site: 'lpk', side: 'prakerja' });
    expect(check.errors.map((error) => error.row)).toEqual([3, 4]);
    expect(check.errors[0]?.message).toMatch(/row 3: no title \(line 5\)/);
    expect(check.errors[1]?.message).toMatch(/row 4: has 3 cells, the header has 6/);
  });

  it('still checks what the merge derives from checked rows: a URL too long once escaped', async () => {
    // within the limit as written, beyond it once its spaces become %20
    const url = `https://lpk.example/${'a b'.repeat(600)}`.slice(0, 2048);
    const text = `id,title,url\n1,Excel,${url}\n2,Word,https://lpk.example/word`;
    const check = checkImport(text, 'k.csv', {
      columns: planImport(text, 'k.csv').columns,
      site: 'lpk',
      side: 'prakerja',
    });
    expect(check.errors).toEqual([]);
    await expect(importCourses(db, check.courses)).rejects.toThrow(ImportRowError);
    expect(await db.courses.count()).toBe(0);
  });

  it('checks and imports in one pass, a chunk at a time, as the check and the import do apart', async () => {
    const text = `id,title,price\n${Array.from({ length: 25 }, (_, i) => `${i},Kursus ${i},Rp ${1000 + i}`).join('\n')}`;
    const options = { columns: planImport(text, 'k.csv').columns, site: 'lpk', side: 'prakerja' } as const;
    const progress: number[] = [];
    expect(
      await importCatalogue(db, text, 'k.csv', {
        ...options,
        chunk: 10,
        onProgress: (done) => progress.push(done),
      }),
    ).toBe(25);
    expect(progress).toEqual([10, 20, 25]);
    const apart = new BandinginDb(`import-apart-${Math.random()}`);
    await importCourses(apart, checkImport(text, 'k.csv', options).courses);
    const strip = (courses: Course[]) =>
      courses.map(({ firstSeen, lastSeen, priceSince, ...course }) => course);
    expect(strip(await db.courses.toArray())).toEqual(strip(await apart.courses.toArray()));
    await apart.delete();
  });

  it('a second import updates the table and the index, for courses old and new', async () => {
    const csv = (rows: [string, string, number][]) =>
      `id,title,price\n${rows.map(([id, title, price]) => `${id},${title},Rp ${price}`).join('\n')}`;
    const options = { columns: planImport(csv([]), 'k.csv').columns, site: 'lpk', side: 'prakerja' } as const;
    // 4,100 courses: the ordinal blocks of 4,096 are one full and one begun
    const first = Array.from({ length: 4100 }, (_, i): [string, string, number] => [
      `${i}`,
      `Kursus ${i}`,
      10_000 + i,
    ]);
    await importCatalogue(db, csv(first), 'k.csv', options);
    const again: [string, string, number][] = [
      ['0', 'Kursus 0', 5], // cheapest now, in the full block
      ['4099', 'Kursus 4099', 6], // in the begun block
      ['7', 'Photoshop untuk Desainer', 7], // new title: a new ordinal, the old one retired
      ['new', 'Kursus Excel Baru', 8], // new course
    ];
    await importCatalogue(db, csv(again), 'k.csv', options);
    const cheapest = await readPage(db, { filter: {}, sort: 'price' }, { kind: 'first' }, 4);
    expect(cheapest.rows.map((course) => course.id)).toEqual(['lpk:0', 'lpk:4099', 'lpk:7', 'lpk:new']);
    expect(cheapest.total).toBe(4101);
    const found = await new DexieCandidateSource(db).candidates([{ token: 'photoshop', weight: 1 }], 3);
    expect(found.candidates.map((candidate) => candidate.record.id)).toEqual(['lpk:7']);
    expect(await libraryCount(db)).toBe(4101);
  });

  it('names every bad row, even after chunks were written, and keeps nothing', async () => {
    await storeCaptured(db, [STORED]);
    const good = Array.from({ length: 30 }, (_, i) => `${i},Kursus ${i},Rp 1000,https://lpk.example/${i}`);
    // rows 24 and 28 (0-based) read well but their links are no URLs: the first chunks are written
    // before the check meets them
    good[24] = '24,Kursus 24,Rp 1000,https://lpk contoh/24';
    good[28] = '28,Kursus 28,Rp 1000,https://lpk contoh/28';
    const text = `id,title,price,url\n${good.join('\n')}`;
    const options = {
      columns: planImport(text, 'k.csv').columns,
      site: 'lpk',
      side: 'prakerja',
      chunk: 10,
    } as const;
    const failure = await importCatalogue(db, text, 'k.csv', options).catch((error) => error);
    expect(failure).toBeInstanceOf(ImportCheckFailed);
    expect((failure as ImportCheckFailed).errors.map((error) => error.row)).toEqual([24, 28]);
    expect((await db.courses.toArray()).map((course) => course.title)).toEqual(['Tetap']);
    expect(await libraryCount(db)).toBe(1);
  });

  it('rolls everything back when cancelled half-way', async () => {
    await storeCaptured(db, [STORED]);
    const rows = Array.from({ length: 50 }, (_, i) => `${i},Kursus ${i},Rp 1000`).join('\n');
    const text = `id,title,price\n${rows}`;
    const check = checkImport(text, 'k.csv', {
      columns: planImport(text, 'k.csv').columns,
      site: 'lpk',
      side: 'prakerja',
    });
    const controller = new AbortController();
    const progress: number[] = [];
    await expect(
      importCourses(db, check.courses, {
        chunk: 10,
        signal: controller.signal,
        onProgress: (done) => {
          progress.push(done);
          if (done === 20) controller.abort();
        },
      }),
    ).rejects.toThrow(ImportCancelled);
    expect(progress).toEqual([10, 20]);
    expect((await db.courses.toArray()).map((course) => course.title)).toEqual(['Tetap']);
  });

  it('refuses a file that is not JSON with a clear error', () => {
    expect(() => planImport('[{"broken"', 'k.json')).toThrow(/not valid JSON/);
  });
});
