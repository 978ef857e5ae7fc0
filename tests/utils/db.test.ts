import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb, readSettings, writeSettings } from '@/utils/db';
import type { CapturedCourse } from '@/utils/model';
import { storeCaptured } from '@/utils/store';

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
    expect(await db.courses.where('tokens').equals('copywriting').primaryKeys()).toEqual([course?.id]);
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

  it('appends a price snapshot only when the price changed', async () => {
    await storeCaptured(db, [captured()], 1000);
    await storeCaptured(db, [captured()], 2000);
    await storeCaptured(db, [captured({ price: { amount: 12.99, currency: 'USD' } })], 3000);
    await storeCaptured(db, [captured({ price: undefined })], 4000);
    const history = await db.snapshots.where('courseId').equals('udemy:/course/b2b-copywriting').sortBy('at');
    expect(history.map(({ at, amount }) => [at, amount])).toEqual([
      [1000, 19.99],
      [3000, 12.99],
    ]);
  });

  it('stores one record when a page shows the same course twice', async () => {
    await storeCaptured(
      db,
      [captured(), captured({ url: 'https://www.udemy.com/course/b2b-copywriting' })],
      1000,
    );
    expect(await db.courses.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(1);
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
