import { describe, expect, it } from 'vitest';
import { priceHistory, priceSinceFromSnapshots } from '@/utils/library/price-history';

const point = (at: number, amount: number, currency = 'IDR') => ({ courseId: 'c', at, amount, currency });
const course = { id: 'c', firstSeen: 1, priceSince: 30, price: { amount: 700, currency: 'IDR' } };

describe('priceHistory', () => {
  it('puts the current price after the prices that ended, oldest first', () => {
    expect(priceHistory(course, [point(10, 900), point(1, 1000)])).toEqual([
      point(1, 1000),
      point(10, 900),
      point(30, 700),
    ]);
  });

  it('merges the snapshot an older database kept of the current price', () => {
    expect(priceHistory(course, [point(1, 1000), point(30, 700)])).toEqual([point(1, 1000), point(30, 700)]);
  });

  it('keeps two prices seen at the same moment when they differ', () => {
    expect(priceHistory(course, [point(30, 650)])).toHaveLength(2);
  });

  it('dates a current price without priceSince from firstSeen', () => {
    expect(priceHistory({ ...course, priceSince: undefined }, [])).toEqual([point(1, 700)]);
  });

  it('is empty for a course never seen with a price, and reads snapshots alone', () => {
    expect(priceHistory({ ...course, price: undefined }, [])).toEqual([]);
    expect(priceHistory(undefined, [point(5, 1)])).toEqual([point(5, 1)]);
  });
});

describe('priceSinceFromSnapshots', () => {
  it("takes each course's latest snapshot", () => {
    const since = priceSinceFromSnapshots([
      point(5, 1),
      point(9, 2),
      point(3, 3),
      { ...point(4, 4), courseId: 'd' },
    ]);
    expect([...since]).toEqual([
      ['c', 9],
      ['d', 4],
    ]);
  });
});
