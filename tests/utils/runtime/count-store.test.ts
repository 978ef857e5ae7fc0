import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { markTokensCurrent } from '@/utils/library/reindex';
import { storeCaptured } from '@/utils/library/store';
import { readLibraryVersion } from '@/utils/library/version';
import type { CapturedCourse } from '@/utils/model';
import { sessionCountStore } from '@/utils/runtime/count-store';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`count-store-${Math.random()}`);
});
afterEach(() => db.delete());

const course = (slug: string): CapturedCourse => ({
  site: 'udemy',
  side: 'alternative',
  url: `https://www.udemy.com/course/${slug}/`,
  title: `Photoshop ${slug}`,
  source: 'page',
  extractor: 'jsonld@1',
});

describe('library version', () => {
  it('moves with every write of courses and every re-index, never back', async () => {
    expect(await readLibraryVersion(db)).toBe(0);
    await storeCaptured(db, [course('a')]);
    const first = await readLibraryVersion(db);
    await storeCaptured(db, [course('b')]);
    const second = await readLibraryVersion(db);
    await markTokensCurrent(db);
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(await readLibraryVersion(db)).toBeGreaterThan(second);
  });
});

describe('sessionCountStore', () => {
  it('hands counts to the next pass while the library is unchanged', async () => {
    await storeCaptured(db, [course('a')]);
    await sessionCountStore(db).save({ total: 5, counts: { photoshop: 2 } });
    await sessionCountStore(db).save({ total: 5, counts: { excel: 0 } });
    expect(await sessionCountStore(db).load()).toEqual({ total: 5, counts: { photoshop: 2, excel: 0 } });
  });

  it('ignores counts read before a course was stored', async () => {
    await storeCaptured(db, [course('a')]);
    await sessionCountStore(db).save({ total: 1, counts: { photoshop: 1 } });
    await storeCaptured(db, [course('b')]);
    expect(await sessionCountStore(db).load()).toBeUndefined();
  });

  it('keeps nothing read while the library changed, or before it was ever written', async () => {
    expect(await sessionCountStore(db).load()).toBeUndefined();
    await sessionCountStore(db).save({ total: 0, counts: {} });
    await storeCaptured(db, [course('a')]);
    expect(await sessionCountStore(db).load()).toBeUndefined();

    const store = sessionCountStore(db);
    await store.load();
    await storeCaptured(db, [course('b')]);
    await store.save({ total: 1, counts: { photoshop: 1 } });
    expect(await sessionCountStore(db).load()).toBeUndefined();
  });
});
