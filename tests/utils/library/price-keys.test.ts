import { afterEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { readPage } from '@/utils/library/pages';
import { priceKeysCurrent, ratesStamp, refreshPriceKeys } from '@/utils/library/price-keys';
import { storeCourses } from '@/utils/library/store';
import { type CapturedCourse, DEFAULT_RATES, Settings } from '@/utils/model';

const db = new BandinginDb('price-keys-test');
afterEach(() => db.delete().then(() => db.open()));

const course = (slug: string, amount: number, currency: string): CapturedCourse => ({
  site: 'udemy',
  side: 'alternative',
  url: `https://www.udemy.com/course/${slug}/`,
  title: slug,
  price: { amount, currency },
  source: 'page',
  extractor: 'jsonld@1',
});

const rates = (usd: number) => ({ ...DEFAULT_RATES, USD: { idr: usd, date: '2026-11-01' } });
const priceOrder = async () =>
  (await readPage(db, { filter: {}, sort: 'price' }, { kind: 'first' }, 10)).rows.map((c) => c.title);

describe('refreshPriceKeys', () => {
  it('re-sorts courses priced in other currencies after a rate change, in chunks with progress', async () => {
    await storeCourses(
      db,
      [course('dollar', 10, 'USD'), course('rupiah', 200_000, 'IDR'), course('no-price', 0, 'IDR')],
      1,
      { rates: rates(16_000) },
    );
    await db.courses.update('udemy:/course/no-price', { price: undefined });
    expect(await priceOrder()).toEqual(['no-price', 'dollar', 'rupiah']);
    expect(await priceKeysCurrent(db, rates(30_000))).toBe(false);

    const progress: number[] = [];
    const rewritten = await refreshPriceKeys(db, rates(30_000), {
      chunk: 2,
      onProgress: (done, total) => progress.push(done / total),
    });
    expect(rewritten).toBe(1);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeGreaterThan(1);
    expect(await priceOrder()).toEqual(['no-price', 'rupiah', 'dollar']);
    expect(await db.courses.get('udemy:/course/dollar')).toMatchObject({ sortPrice: 300_000 });
    expect(await priceKeysCurrent(db, rates(30_000))).toBe(true);
    // nothing to do the second time
    expect(await refreshPriceKeys(db, rates(30_000))).toBe(0);
  });

  it('stamps only the rupiah values, not the dates the user typed', () => {
    const base = Settings.parse({}).rates;
    expect(ratesStamp(base)).toBe(
      ratesStamp(Object.fromEntries(Object.entries(base).map(([c, r]) => [c, { ...r, date: '2020-01-01' }]))),
    );
    expect(ratesStamp(rates(1))).not.toBe(ratesStamp(rates(2)));
  });
});
