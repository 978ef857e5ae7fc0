import { describe, expect, it } from 'vitest';
import { hashOfQuery, queryFromHash } from '@/components/library/library-hash';

describe('library address', () => {
  it('round-trips filters, sort and search', () => {
    const hash =
      '#library?q=excel&site=udemy.com&side=alternative&mode=webinar&pmax=500000&hmin=2&matched=1&sort=price';
    const { query, search } = queryFromHash(hash);
    expect(search).toBe('excel');
    expect(query.filter).toEqual({
      site: 'udemy.com',
      side: 'alternative',
      mode: 'webinar',
      priceMax: 500000,
      hoursMin: 2,
      matched: true,
    });
    expect(queryFromHash(hashOfQuery(query, search))).toEqual({ query, search });
  });

  it('ignores values it does not know instead of failing', () => {
    const { query } = queryFromHash('#library?side=evil&mode=x&site=<script>&pmin=-5&sort=nope');
    expect(query).toEqual({ filter: {}, sort: 'newest' });
  });
});
