import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareCourse, otherSideSource } from '@/utils/compare/library-compare';
import { BandinginDb } from '@/utils/library/db';
import { storeCaptured } from '@/utils/library/store';
import type { Course } from '@/utils/model';
import { requestComparison, requestComparisonEarly } from '@/utils/runtime/comparison-relay';
import { onMessage, removeAllListeners } from '@/utils/runtime/messaging';

let db: BandinginDb;
let prakerja: Course;
beforeEach(async () => {
  db = new BandinginDb(`relay-${Math.random()}`);
  [prakerja] = (await storeCaptured(db, [
    {
      site: 'prakerja',
      side: 'prakerja',
      url: 'https://www.prakerja.go.id/pelatihan/photoshop',
      title: 'Desain Grafis dengan Adobe Photoshop',
      source: 'page',
      extractor: 't',
    },
  ])) as [Course];
  await storeCaptured(db, [
    {
      site: 'udemy',
      side: 'alternative',
      url: 'https://www.udemy.com/course/photoshop/',
      title: 'Adobe Photoshop for Graphic Design',
      source: 'page',
      extractor: 't',
    },
  ]);
});
afterEach(async () => {
  removeAllListeners();
  await db.delete();
});

describe('requestComparison', () => {
  it("takes the background's comparison when it answers", async () => {
    const answer = { from: prakerja, matches: [] };
    onMessage('compareCourse', ({ data }) => (data === prakerja.id ? answer : null));
    expect(await requestComparison(db, prakerja)).toEqual(answer);
  });

  it('compares by itself when no background answers, with the same result', async () => {
    const own = await requestComparison(db, prakerja);
    const direct = await compareCourse(db, prakerja, otherSideSource(db, 'prakerja'), { limit: 10 });
    expect(own).toEqual(direct);
    expect(own.matches.map((match) => match.record.id)).toEqual(['udemy:/course/photoshop']);
  });

  it('takes an answer asked for early once, then asks again', async () => {
    let asked = 0;
    onMessage('compareCourse', () => ({ from: prakerja, matches: [], asked: ++asked }) as never);
    requestComparisonEarly(prakerja.id);
    expect(await requestComparison(db, prakerja)).toMatchObject({ asked: 1 });
    expect(await requestComparison(db, prakerja)).toMatchObject({ asked: 2 });
  });

  it('takes a comparison the snapshot brought without asking the background', async () => {
    let asked = 0;
    onMessage('compareCourse', () => {
      asked++;
      return null;
    });
    const made = { from: prakerja, matches: [] };
    requestComparisonEarly(prakerja.id, made);
    expect(await requestComparison(db, prakerja)).toBe(made);
    expect(asked).toBe(0);
  });

  it('ignores an answer about another course', async () => {
    onMessage('compareCourse', () => ({ from: { ...prakerja, id: 'prakerja:other' }, matches: [] }));
    expect((await requestComparison(db, prakerja)).matches).toHaveLength(1);
  });
});
