import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { searchLibrary } from '@/utils/library/search';
import { seedSampleLibrary } from './sample-library';

let db: BandinginDb;
beforeEach(async () => {
  db = new BandinginDb(`search-${Math.random()}`);
  await seedSampleLibrary(db);
});
afterEach(() => db.delete());

describe('searchLibrary', () => {
  it('finds courses by Indonesian or English words, ranked, with the reasons', async () => {
    for (const words of ['desain grafis', 'graphic design']) {
      const results = await searchLibrary(db, words);
      expect(results.length, words).toBeGreaterThan(0);
      expect(results[0]!.record.title, words).toMatch(/Desain Grafis/);
      expect(results[0]!.why.length).toBeGreaterThan(0);
      const scores = results.map((match) => match.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it('applies the filters to the ranked results and returns nothing for an empty query', async () => {
    const results = await searchLibrary(db, 'excel', { keep: (course) => course.side === 'prakerja' });
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((match) => match.record.side === 'prakerja')).toBe(true);
    expect(await searchLibrary(db, '  ')).toEqual([]);
  });
});
