/** The shared summary: both languages, no equivalents, free courses, long titles, clean links. */
import { describe, expect, it } from 'vitest';
import { cleanLink, type ShareCourse, type ShareInput, shareText } from '@/utils/compare/share-text';
import { DEFAULT_RATES } from '@/utils/model';

const prakerja: ShareCourse = {
  title: 'Digital Marketing untuk Pemula',
  site: 'prakerja',
  side: 'prakerja',
  url: 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula?utm_source=wa#materi',
  price: { amount: 1_500_000, currency: 'IDR' },
};
const alt = (title: string, site: string, price: ShareCourse['price'], url?: string): ShareCourse => ({
  title,
  site,
  side: 'alternative',
  url,
  price,
});
const coursera = alt(
  'Digital Marketing Specialization',
  'coursera',
  { amount: 0, currency: 'IDR' },
  'https://www.coursera.org/specializations/digital-marketing?utm_medium=email&fbclid=abc&page=2',
);
const udemy = alt(
  'The Complete Digital Marketing Course',
  'udemy',
  { amount: 10, currency: 'USD' },
  'https://www.udemy.com/course/digital-marketing/?couponCode=PROMO&ref=xyz',
);
const input = (over: Partial<ShareInput> = {}): ShareInput => ({
  course: prakerja,
  matches: [
    { record: coursera, verdict: 'equivalent' },
    { record: udemy, verdict: 'equivalent' },
  ],
  rates: DEFAULT_RATES,
  language: 'id',
  ...over,
});

describe('shareText', () => {
  it('in Indonesian: the course and its price, then each equivalent with site, price, difference and link', () => {
    expect(shareText(input())).toBe(
      [
        'Perbandingan dari Bandingin',
        'Digital Marketing untuk Pemula (Prakerja)',
        'Harga: Rp1.500.000',
        'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula',
        '',
        'Kursus setara di situs lain:',
        '1. Digital Marketing Specialization',
        '   Coursera · Gratis · −Rp1.500.000 · −100%',
        '   https://www.coursera.org/specializations/digital-marketing?page=2',
        '2. The Complete Digital Marketing Course',
        '   Udemy · Rp160.000 · −Rp1.340.000 · −89%',
        '   https://www.udemy.com/course/digital-marketing',
      ].join('\n'),
    );
  });

  it('in English, with the same facts', () => {
    const text = shareText(input({ language: 'en' }));
    expect(text).toContain('A comparison from Bandingin');
    expect(text).toContain('Price: Rp1.500.000');
    expect(text).toContain('Equivalent courses on other sites:');
    expect(text).toContain('   Coursera · Free · −Rp1.500.000 · −100%');
    expect(text).not.toMatch(/Harga|Gratis|setara/);
  });

  it('with no equivalents (related ones are not shared), says so', () => {
    const text = shareText(input({ matches: [{ record: udemy, verdict: 'related' }] }));
    expect(text).toContain('Belum ada kursus setara yang tersimpan.');
    expect(text).not.toContain('Udemy');
    expect(shareText(input({ matches: [], language: 'en' }))).toContain('No equivalent course stored yet.');
  });

  it('shares the user\'s "same" even when the engine called it related, and at most three', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((key) => ({
      record: alt(`Kursus ${key}`, 'dicoding', { amount: 100_000, currency: 'IDR' }),
      verdict: 'equivalent' as const,
    }));
    const text = shareText(
      input({ matches: [{ record: udemy, verdict: 'related', pinned: true }, ...many] }),
    );
    expect(text).toContain('1. The Complete Digital Marketing Course');
    expect(text).toContain('3. Kursus b');
    expect(text).not.toContain('Kursus c');
    expect(text).toContain('…dan 3 lagi');
  });

  it('a free course shows as free, with no difference against another free one', () => {
    const free = { ...prakerja, price: undefined, free: true };
    const text = shareText(input({ course: free, matches: [{ record: coursera, verdict: 'equivalent' }] }));
    expect(text).toContain('Harga: Gratis');
    expect(text).toContain('   Coursera · Gratis\n');
  });

  it('an unknown price says so, and gives no difference', () => {
    const unknown = { ...prakerja, price: undefined };
    const text = shareText(input({ course: unknown, language: 'en' }));
    expect(text).toContain('Price: price not known yet');
    expect(text).toContain('   Coursera · Free\n');
  });

  it('cuts long titles to 90 characters with an ellipsis, and keeps the line whole otherwise', () => {
    const long = `${'Pelatihan Pemasaran Digital dan Media Sosial '.repeat(4)}Lanjutan`;
    const text = shareText(input({ course: { ...prakerja, title: long } }));
    const line = text.split('\n')[1]!;
    expect(line).toMatch(/… \(Prakerja\)$/);
    expect(line.length).toBe(90 + ' (Prakerja)'.length);
  });

  it('strips tracking parameters and fragments, and drops links that are not http(s)', () => {
    const text = shareText(input());
    expect(text).not.toMatch(/utm_|fbclid|couponCode|ref=|#materi/);
    expect(cleanLink('javascript:alert(1)')).toBeUndefined();
    expect(cleanLink('not a url')).toBeUndefined();
    expect(cleanLink('https://example.com/a?gclid=1&id=7')).toBe('https://example.com/a?id=7');
    const noLink = shareText(
      input({ matches: [{ record: { ...coursera, url: undefined }, verdict: 'equivalent' }] }),
    );
    expect(noLink.split('\n').at(-1)).toBe('   Coursera · Gratis · −Rp1.500.000 · −100%');
  });
});
