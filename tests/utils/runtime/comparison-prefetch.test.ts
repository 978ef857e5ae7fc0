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
const shown = async (from: Course) => ({ from, matches: [] });

describe('comparisonPrefetch', () => {
  it('keeps a comparison while it is current: started once, served to every request', async () => {
    const compare = vi.fn(shown);
    const prefetch = comparisonPrefetch(db, compare);
    void prefetch.current(course('a')); // the tab's capture
    expect(await prefetch.current(course('a'))).toEqual({ from: course('a'), matches: [] }); // the popup
    expect(await prefetch.current(course('a'))).toEqual({ from: course('a'), matches: [] });
    expect(compare).toHaveBeenCalledTimes(1);
  });

  it("makes it again once the library or the course's verdicts change", async () => {
    const compare = vi.fn(shown);
    const prefetch = comparisonPrefetch(db, compare);
    await prefetch.current(course('a'));
    await bumpLibraryVersion(db);
    await prefetch.current(course('a'));
    expect(compare).toHaveBeenCalledTimes(2);
    await db.verdicts.put({ a: 'a', b: 'x', same: true, at: 1 });
    expect(await prefetch.ready('a')).toBeUndefined();
    await prefetch.current(course('a'));
    expect(compare).toHaveBeenCalledTimes(3);
  });

  it('tells a made comparison apart from one still being made', async () => {
    let finish: (() => void) | undefined;
    const prefetch = comparisonPrefetch(
      db,
      (from) =>
        new Promise((done) => {
          finish = () => done({ from, matches: [] });
        }),
    );
    const made = prefetch.current(course('a'));
    await vi.waitFor(() => expect(finish).toBeDefined());
    expect(await prefetch.ready('a')).toBeUndefined();
    finish!();
    await made;
    expect((await prefetch.ready('a'))?.from.id).toBe('a');
    expect(await prefetch.ready('b')).toBeUndefined();
  });

  it('does not keep a failure', async () => {
    const compare = vi.fn(async (): Promise<never> => {
      throw new Error('the disk is gone');
    });
    const prefetch = comparisonPrefetch(db, compare);
    await expect(prefetch.current(course('a'))).rejects.toThrow('the disk is gone');
    await expect(prefetch.current(course('a'))).rejects.toThrow('the disk is gone');
    expect(compare).toHaveBeenCalledTimes(2);
  });

  it('keeps only the latest few', async () => {
    const compare = vi.fn(shown);
    const prefetch = comparisonPrefetch(db, compare);
    for (const id of ['a', 'b', 'c', 'd', 'e']) await prefetch.current(course(id));
    expect(await prefetch.ready('a')).toBeUndefined();
    expect((await prefetch.ready('e'))?.from.id).toBe('e');
  });
});
