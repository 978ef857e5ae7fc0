import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportRowError, importCourses } from '@/utils/io/catalogue-import';
import { BandinginDb } from '@/utils/library/db';
import { type RejectedCourse, storeCourses } from '@/utils/library/store';
import type { ImportedCourse } from '@/utils/model';

const good = {
  site: 'udemy',
  side: 'alternative' as const,
  url: 'https://www.udemy.com/course/excel',
  title: 'Excel',
  source: 'page' as const,
  extractor: 't',
};
// what a caller that skipped the message schema could hand over: a price no stored course may hold
const bad = {
  ...good,
  url: 'https://www.udemy.com/course/word',
  title: 'Word',
  price: { amount: 1e19, currency: 'IDR' },
};

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`store-validation-${Math.random()}`);
});
afterEach(() => db.delete());

describe('every course is validated before it is written', () => {
  it('a capture keeps the valid courses and names the one refused', async () => {
    const rejected: RejectedCourse[] = [];
    const stored = await storeCourses(db, [good, bad], 1, { rejected });
    expect(stored.map((course) => course.id)).toEqual(['udemy:/course/excel']);
    expect(rejected).toEqual([
      { index: 1, id: 'udemy:/course/word', reason: expect.stringContaining('price.amount') },
    ]);
    expect(await db.courses.count()).toBe(1);
  });

  it('an import with one such row writes nothing and names it', async () => {
    const rows = [good, bad].map((course, index) => ({
      ...course,
      key: String(index),
      source: 'import',
    })) as ImportedCourse[];
    await expect(importCourses(db, rows)).rejects.toThrow(ImportRowError);
    await expect(importCourses(db, rows)).rejects.toThrow(/course 2 of the import: price\.amount/);
    expect(await db.courses.count()).toBe(0);
  });
});
