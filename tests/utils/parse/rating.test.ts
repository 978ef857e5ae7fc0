import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCount } from '@/utils/parse/number';
import { parseRating } from '@/utils/parse/rating';

describe('parseRating', () => {
  it.each([
    ['4,8 (1.234 ulasan)', { rating: 4.8, ratingCount: 1234 }],
    ['4.8 (1,234 reviews)', { rating: 4.8, ratingCount: 1234 }],
    ['Rating: 4.3 out of 5', { rating: 4.3 }],
    ['4.5/5', { rating: 4.5 }],
    ['9/10', { rating: 4.5 }],
    ['4,7 dari 5 (320 penilaian)', { rating: 4.7, ratingCount: 320 }],
    ['4.6 ★ 12K ratings', { rating: 4.6, ratingCount: 12_000 }],
    ['4,9 · 1,2 rb ulasan', { rating: 4.9, ratingCount: 1200 }],
    ['(4,896)', { ratingCount: 4896 }],
    ['170 reviews', { ratingCount: 170 }],
    ['5', { rating: 5 }],
    ['', {}],
    ['Rp 1.500.000', {}],
  ])('%s', (text, expected) => {
    expect(parseRating(text)).toEqual(expected);
  });

  it('never throws; ratings stay within 0..5', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const { rating, ratingCount } = parseRating(text);
        if (rating !== undefined) expect(rating >= 0 && rating <= 5).toBe(true);
        if (ratingCount !== undefined) expect(Number.isInteger(ratingCount) && ratingCount >= 0).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips an Indonesian rating and count', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50 }),
        fc.integer({ min: 0, max: 10_000_000 }),
        (tenths, count) => {
          const text = `${(tenths / 10).toLocaleString('id-ID')} (${count.toLocaleString('id-ID')} ulasan)`;
          expect(parseRating(text)).toEqual({ rating: tenths / 10, ratingCount: count });
        },
      ),
    );
  });
});

describe('parseCount', () => {
  it.each([
    ['1.234', 1234],
    ['32,474 students', 32474],
    ['12K', 12000],
    ['2,5 juta peserta', 2_500_000],
    ['none', undefined],
  ])('%s → %s', (text, expected) => {
    expect(parseCount(text)).toBe(expected);
  });
});
