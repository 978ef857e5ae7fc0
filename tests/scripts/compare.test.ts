import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../scripts/compare';
import { COMPARISON_COLUMNS } from '../../utils/io/comparisons';
import { neutraliseCell, toCsv } from '../../utils/io/csv';
import { detectColumns, parsePrice, parseRecords, siteFromFile, siteFromUrl } from '../../utils/io/records';
import { runCompare } from './run-compare';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'compare-test-'));
}

function fixtures(dir: string) {
  const from = join(dir, 'prakerja.json');
  writeFileSync(
    from,
    JSON.stringify([
      {
        course_title: 'Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis',
        course_price: 'Rp 89.700',
        course_url: 'https://www.sekolah.mu/program/x',
      },
      { course_title: 'Menguasai Dasar Pencatatan Transaksi', course_price: 'Gratis' },
    ]),
  );
  const to = join(dir, 'udemy_courses.csv');
  writeFileSync(
    to,
    [
      'course_id,course_title,url,is_paid,price',
      "1,Graphic Design: Beginner's Graphic Design Guide to Photoshop,https://www.udemy.com/a/,True,25",
      '2,Double Entry Bookkeeping,https://www.udemy.com/b/,True,20',
      '3,=HYPERLINK("x") Bookkeeping Basics,https://www.udemy.com/c/,False,0',
      '4,Learn Guitar in 21 Days,https://www.udemy.com/d/,True,50',
    ].join('\n'),
  );
  const to2 = join(dir, 'coursera_data.csv');
  writeFileSync(to2, ',course_title,course_organization\n7,Fundamentals of Graphic Design,CalArts\n,,\n');
  return { from, to, to2 };
}

describe('compare CLI', () => {
  it('writes one JSONL line per A record with ranked matches', async () => {
    const dir = tempDir();
    const { from, to, to2 } = fixtures(dir);
    const out = join(dir, 'out.jsonl');
    const result = await runCompare(['--from', from, '--to', `${to},${to2}`, '--top', '3', '--out', out]);
    expect(result.code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ id: 'sekolah:0', title: expect.stringContaining('Photoshop') });
    expect(lines[0].matches[0]).toMatchObject({ id: 'udemy:1', site: 'udemy', verdict: 'equivalent' });
    expect(lines[0].matches[0].why).toContain('photoshop');
    expect(Object.keys(lines[0].matches[0]).sort()).toEqual([
      'id',
      'score',
      'site',
      'title',
      'verdict',
      'why',
    ]);
    expect(lines[0].matches.length).toBeLessThanOrEqual(3);
    expect(lines[0].matches.map((match: { id: string }) => match.id)).toContain('coursera:7');
    expect(lines[1].id).toBe('prakerja:1');
    expect(lines[1].matches[0].id).toMatch(/udemy:[23]/);
  });

  it('writes CSV pairs with rupiah prices, the difference, a BOM and neutralised formulas', async () => {
    const dir = tempDir();
    const { from, to } = fixtures(dir);
    const out = join(dir, 'out.csv');
    const result = await runCompare([
      '--from',
      from,
      '--to',
      to,
      '--format',
      'csv',
      '--out',
      out,
      '--usd-idr',
      '15000',
    ]);
    expect(result.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, first] = text.slice(1).split('\r\n');
    expect(header).toBe(COMPARISON_COLUMNS.join(','));
    const row = Object.fromEntries(
      Papa.parse<string[]>(first!).data[0]!.map((value, index) => [COMPARISON_COLUMNS[index], value]),
    );
    expect(row).toMatchObject({
      from_id: 'sekolah:0',
      from_price_idr: '89700',
      rank: '1',
      to_id: 'udemy:1',
      to_price: '25',
      to_currency: 'USD',
      to_price_idr: '375000',
      price_difference_idr: '285300',
    });
    expect(row.rate_used).toMatch(/^1 USD = 15000 IDR \(\d{4}-\d{2}-\d{2}\)$/);
    expect(text).toContain(`"'=HYPERLINK(""x"") Bookkeeping Basics"`);
  });

  it('reports a bad row by number and writes no output file', async () => {
    const dir = tempDir();
    const { from } = fixtures(dir);
    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'id,title\n1,Photoshop Basics\n2,\n3,Excel\n');
    const out = join(dir, 'out.jsonl');
    const result = await runCompare(['--from', from, '--to', bad, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/bad\.csv: row 1: no title \(line 3\)/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir).some((name) => name.includes('partial'))).toBe(false);
  });

  it('reports bad JSONL by row', async () => {
    const dir = tempDir();
    const { to } = fixtures(dir);
    const from = join(dir, 'a.jsonl');
    writeFileSync(from, '{"id":"a","title":"Excel"}\n{"id":"b","title":\n');
    const result = await runCompare(['--from', from, '--to', to]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/a\.jsonl: row 1: line 2 is not JSON/);
  });

  it('rejects bad arguments with a clear message', async () => {
    expect((await runCompare(['--to', 'x.csv'])).stderr).toMatch(/--from is required|from/);
    expect((await runCompare(['--from', 'a', '--to', 'b', '--top', '0'])).code).toBe(2);
    expect((await runCompare(['--from', 'a', '--to', 'b', '--bogus', '1'])).stderr).toMatch(
      /unknown argument/,
    );
  });

  it('takes --to more than once or as a comma list', () => {
    expect(parseArgs(['--from', 'a', '--to', 'b,c', '--to', 'd']).to).toEqual(['b', 'c', 'd']);
  });
});

describe('record IO', () => {
  it.each([
    [
      ['course_id', 'course_title', 'price', 'url'],
      { id: 'course_id', title: 'course_title', price: 'price', url: 'url' },
    ],
    [
      ['', 'course_title', 'course_organization', 'course_difficulty'],
      { id: '', title: 'course_title', provider: 'course_organization', level: 'course_difficulty' },
    ],
    [
      ['lp_name', 'course_title', 'course_type', 'course_price', 'course_url'],
      {
        title: 'course_title',
        provider: 'lp_name',
        mode: 'course_type',
        price: 'course_price',
        url: 'course_url',
      },
    ],
    [['Judul', 'Harga', 'Link'], { title: 'Judul', price: 'Harga', url: 'Link' }],
    [['name', 'cost'], { title: 'name', price: 'cost' }],
  ])('detects the columns of %j', (header, expected) => {
    expect(detectColumns(header)).toMatchObject(expected);
  });

  it('maps a column by flag and refuses an unknown one', () => {
    expect(detectColumns(['nama_kelas', 'x'], { title: 'nama_kelas' }).title).toBe('nama_kelas');
    expect(() => detectColumns(['a'], { title: 'b' })).toThrow(/no column named "b"/);
  });

  it.each([
    ['Gratis', 'USD', { amount: 0 }],
    ['Rp 89.700', 'USD', { amount: 89700, currency: 'IDR' }],
    ['Rp1.250.000', 'USD', { amount: 1250000, currency: 'IDR' }],
    ['IDR 150,000', 'USD', { amount: 150000, currency: 'IDR' }],
    ['$19.99', 'IDR', { amount: 19.99, currency: 'USD' }],
    ['200', 'USD', { amount: 200, currency: 'USD' }],
    ['€1,299.50', 'USD', { amount: 1299.5, currency: 'EUR' }],
    [89700, 'IDR', { amount: 89700, currency: 'IDR' }],
  ])('parsePrice(%j) with bare %s', (cell, bare, expected) => {
    expect(parsePrice(cell, bare)).toMatchObject(expected);
  });

  it('falls back to the row number for a missing id and the file name for the site', () => {
    const records = parseRecords('title\nPhotoshop\nExcel\n', '/x/my-courses.csv');
    expect(records.map((record) => record.id)).toEqual(['my:0', 'my:1']);
    expect(siteFromFile('udemy_courses.csv')).toBe('udemy');
    expect(siteFromUrl('https://www.coursera.org/learn/x')).toBe('coursera');
    expect(siteFromUrl('https://sekolah.mu/program/x')).toBe('sekolah');
  });

  it('neutralises formula cells but keeps numbers', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('+62 811')).toBe("'+62 811");
    expect(neutraliseCell('-5')).toBe("'-5");
    expect(neutraliseCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseCell('\tx')).toBe("'\tx");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(toCsv([{ a: -5, b: '=x' }], ['a', 'b'])).toBe("\uFEFFa,b\r\n-5,'=x\r\n");
  });
});
