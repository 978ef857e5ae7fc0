import { describe, expect, it } from 'vitest';
import { passes } from '@/utils/library/filter';
import type { Course } from '@/utils/model';

const course = {
  site: 'udemy.com',
  side: 'alternative',
  mode: 'online',
  sortPrice: 150000,
  sortHours: 4,
} as Course;

describe('library filter predicate', () => {
  it.each([
    [{}, true],
    [{ site: 'udemy.com' }, true],
    [{ site: 'coursera.org' }, false],
    [{ side: 'prakerja' as const }, false],
    [{ priceMax: 100000 }, false],
    [{ priceMin: 100000, priceMax: 200000 }, true],
    [{ hoursMin: 5 }, false],
  ])('%o → %s', (filter, expected) => {
    expect(passes(filter, course)).toBe(expected);
  });

  it('a course with no price fails any price bound', () => {
    expect(passes({ priceMax: 1e9 }, { ...course, sortPrice: Number.MAX_SAFE_INTEGER })).toBe(false);
  });
});
