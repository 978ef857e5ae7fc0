import { describe, expect, it } from 'vitest';
import {
  priceDifference,
  priceInIdr,
  rupiahPerHour,
  summariseHistory,
  verdictPair,
} from '@/utils/compare/facts';
import { compareTopics } from '@/utils/compare/topics';
import { Settings } from '@/utils/model';

const rates = Settings.parse({ rates: { USD: { idr: 16_000, date: '2026-11-01' } } }).rates;

describe('comparison facts', () => {
  it('prices in rupiah: free is 0, dollars by the dated rate', () => {
    expect(priceInIdr({ free: true }, rates)).toEqual({ idr: 0 });
    expect(priceInIdr({ price: { amount: 9.99, currency: 'USD' } }, rates)?.idr).toBe(159_840);
    expect(priceInIdr({}, rates)).toBeUndefined();
  });

  it.each([
    [1_500_000, 150_000, { amount: -1_350_000, percent: -90 }],
    [1_500_000, 0, { amount: -1_500_000, percent: -100 }],
    [0, 100_000, { amount: 100_000, percent: undefined }],
    [undefined, 100_000, undefined],
  ])('the difference from %s to %s', (mine, theirs, expected) => {
    expect(priceDifference(mine, theirs)).toEqual(expected);
  });

  it('rupiah per hour only when both are known', () => {
    expect(rupiahPerHour(1_500_000, 16)).toBe(93_750);
    expect(rupiahPerHour(1_500_000, undefined)).toBeUndefined();
  });

  it('compares topics across languages, from syllabus or description', () => {
    const topics = compareTopics(
      {
        title: 'Digital Marketing untuk Pemula',
        topics: ['Media sosial', 'Iklan berbayar', 'Email marketing', 'Fotografi produk'],
      },
      {
        title: 'Digital Marketing',
        description: 'Social media marketing, SEO, paid ads and email marketing.',
      },
    );
    expect(topics?.both.join(' ')).toMatch(/social media/);
    expect(topics?.both.join(' ')).toMatch(/email/);
    expect(topics?.onlyCourse.join(' ')).toMatch(/photo/);
    expect(topics?.onlyOther.join(' ')).toMatch(/seo/);
    expect(compareTopics({ title: 'A' }, { title: 'B', topics: ['x'] })).toBeUndefined();
  });

  it('summarises the price history: lowest, typical (median) and highest', () => {
    const snapshot = (at: number, amount: number) => ({ courseId: 'c', at, amount, currency: 'IDR' });
    expect(
      summariseHistory([snapshot(3, 900), snapshot(1, 1000), snapshot(2, 700), snapshot(4, 1200)]),
    ).toMatchObject({
      lowest: 700,
      typical: 950,
      highest: 1200,
      points: [{ at: 1 }, { at: 2 }, { at: 3 }, { at: 4 }],
    });
    expect(summariseHistory([])).toBeUndefined();
  });

  it('stores verdicts with the Prakerja course first, whichever page the user is on', () => {
    expect(verdictPair({ id: 'p', side: 'prakerja' }, { id: 'u' })).toEqual({ a: 'p', b: 'u' });
    expect(verdictPair({ id: 'u', side: 'alternative' }, { id: 'p' })).toEqual({ a: 'p', b: 'u' });
  });
});
