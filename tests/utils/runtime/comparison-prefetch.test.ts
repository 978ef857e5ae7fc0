import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { bumpLibraryVersion } from '@/utils/library/version';
import type { Course } from '@/utils/model';
import { comparisonPrefetch } from '@/utils/runtime/comparison-prefetch';

let db: BandinginDb;
beforeEach(async () => {
  db = new BandinginDb(`prefetch-${Math.random()}`);
  await bumpLibraryVersion(db);
});
afterEach(() => db.delete());

const course = (id: string) => ({ id, title: id, side: 'prakerja' }) as Course;

describe('comparisonPrefetch', () => {
  it('hands the started comparison to the first request only', async () => {
    const compare = vi.fn(async (from: Course) => ({ from, matches: [] }));
    const prefetch = comparisonPrefetch(db, compare);
    await prefetch.start(course('a'));
    expect(await prefetch.take('a')).toEqual({ from: course('a'), matches: [] });
    expect(await prefetch.take('a')).toBeUndefined();
    expect(await prefetch.take('b')).toBeUndefined();
    expect(compare).toHaveBeenCalledTimes(1);
  });

  it('drops a comparison the library changed under', async () => {
    const prefetch = comparisonPrefetch(db, async (from) => ({ from, matches: [] }));
    await prefetch.start(course('a'));
    await bumpLibraryVersion(db);
    expect(await prefetch.take('a')).toBeUndefined();
  });

  it('drops a comparison whose course got a verdict meanwhile', async () => {
    const prefetch = comparisonPrefetch(db, async (from) => ({ from, matches: [] }));
    await prefetch.start(course('a'));
    await db.verdicts.put({ a: 'a', b: 'x', same: true, at: 1 });
    expect(await prefetch.take('a')).toBeUndefined();
  });

  it('does not start again what is still current, until it is taken', async () => {
    const compare = vi.fn(async (from: Course) => ({ from, matches: [] }));
    const prefetch = comparisonPrefetch(db, compare);
    await prefetch.start(course('a')); // the tab's capture
    await prefetch.start(course('a')); // the popup's snapshot
    expect(compare).toHaveBeenCalledTimes(1);
    expect(await prefetch.take('a')).toBeDefined();
    await prefetch.start(course('a'));
    expect(compare).toHaveBeenCalledTimes(2);
  });

  it('keeps only the latest few', async () => {
    const prefetch = comparisonPrefetch(db, async (from) => ({ from, matches: [] }));
    for (const id of ['a', 'b', 'c', 'd', 'e']) await prefetch.start(course(id));
    expect(await prefetch.take('a')).toBeUndefined();
    expect((await prefetch.take('e'))?.from.id).toBe('e');
  });
});
