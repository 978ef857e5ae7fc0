import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { BandinginDb, readSettings, writeSettings } from '@/utils/library/db';
import { priceHistory } from '@/utils/library/price-history';
import { storeCaptured } from '@/utils/library/store';
import type { CapturedCourse } from '@/utils/model';

let db: BandinginDb;
let name = 0;
beforeEach(() => {
  db = new BandinginDb(`test-db-${++name}`);
});
afterEach(async () => {
  await db.delete();
});

const captured = (change: Partial<CapturedCourse> = {}): CapturedCourse => ({
  site: 'udemy',
  side: 'alternative',
  url: 'https://www.udemy.com/course/b2b-copywriting/?couponCode=ABC#reviews',
  title: 'Copywriting: B2B Copywriting',
  price: { amount: 19.99, currency: 'USD' },
  source: 'page',
  extractor: 'jsonld@1',
  ...change,
});

describe('storeCaptured', () => {
  it('stores a course under a canonical id and URL, with index tokens', async () => {
    const [course] = await storeCaptured(db, [captured()], 1000);
    expect(course?.id).toBe('udemy:/course/b2b-copywriting');
    expect(course?.url).toBe('https://www.udemy.com/course/b2b-copywriting');
    expect(course?.tokens).toContain('copywriting');
    const found = await new DexieCandidateSource(db).candidates([{ token: 'copywriting', weight: 1 }], 5);
    expect(found.candidates.map((candidate) => candidate.record.id)).toEqual([course?.id]);
  });

  it('uses the site key when the page gives one', async () => {
    const [course] = await storeCaptured(db, [captured({ key: '4016590' })], 1000);
    expect(course?.id).toBe('udemy:4016590');
  });

  it('keeps firstSeen, moves lastSeen and keeps fields a later capture did not see', async () => {
    await storeCaptured(db, [captured({ provider: 'Dekker Fraser' })], 1000);
    await storeCaptured(db, [captured({ rating: 4.5 })], 5000);
    const course = await db.courses.get('udemy:/course/b2b-copywriting');
    expect(course).toMatchObject({ firstSeen: 1000, lastSeen: 5000, provider: 'Dekker Fraser', rating: 4.5 });
  });

  it('keeps the current price on the course and snapshots only the prices that ended', async () => {
    const id = 'udemy:/course/b2b-copywriting';
    const history = async () =>
      priceHistory(await db.courses.get(id), await db.snapshots.where('courseId').equals(id).toArray()).map(
        ({ at, amount }) => [at, amount],
      );
    await storeCaptured(db, [captured()], 1000);
    await storeCaptured(db, [captured()], 2000);
    expect(await db.snapshots.count()).toBe(0);
    expect(await history()).toEqual([[1000, 19.99]]);
    await storeCaptured(db, [captured({ price: { amount: 12.99, currency: 'USD' } })], 3000);
    // a page that shows no price keeps the one we had
    await storeCaptured(db, [captured({ price: undefined })], 4000);
    await storeCaptured(db, [captured({ price: { amount: 24.99, currency: 'USD' } })], 5000);
    expect((await db.snapshots.toArray()).map(({ at, amount }) => [at, amount])).toEqual([
      [1000, 19.99],
      [3000, 12.99],
    ]);
    expect(await db.courses.get(id)).toMatchObject({ priceSince: 5000, price: { amount: 24.99 } });
    expect(await history()).toEqual([
      [1000, 19.99],
      [3000, 12.99],
      [5000, 24.99],
    ]);
  });

  it('gives a course first seen without a price its price from when one appears', async () => {
    await storeCaptured(db, [captured({ price: undefined })], 1000);
    const [course] = await storeCaptured(db, [captured()], 2000);
    expect(course).toMatchObject({ firstSeen: 1000, priceSince: 2000 });
    expect(await db.snapshots.count()).toBe(0);
  });

  it('stores one record when a page shows the same course twice', async () => {
    await storeCaptured(
      db,
      [captured(), captured({ url: 'https://www.udemy.com/course/b2b-copywriting' })],
      1000,
    );
    expect(await db.courses.count()).toBe(1);
    expect(await db.courses.get('udemy:/course/b2b-copywriting')).toMatchObject({ priceSince: 1000 });
  });
});

describe('settings', () => {
  it('reads defaults from an empty database and keeps what is written', async () => {
    expect((await readSettings(db)).balance).toBe(3_500_000);
    await writeSettings(db, { ...(await readSettings(db)), balance: 2_000_000, language: 'en' });
    expect(await readSettings(db)).toMatchObject({ balance: 2_000_000, language: 'en' });
  });

  it('falls back to defaults when the stored settings are corrupt', async () => {
    await db.settings.put({ key: 'settings', value: { balance: 'lots' } });
    expect((await readSettings(db)).balance).toBe(3_500_000);
  });
});
