import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { BandinginDb } from '@/utils/library/db';
import { reindexIfStale } from '@/utils/library/reindex';
import { courseTokens, TOKENS_VERSION } from '@/utils/match/tokens';
import type { Course } from '@/utils/model';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`reindex-${Math.random()}`);
});
afterEach(() => db.delete());

const course = (i: number): Course => ({
  id: `s:${i}`,
  site: 's',
  side: 'alternative',
  title: i % 2 ? 'Desain Grafis untuk Pemula' : 'Adobe Photoshop Essentials',
  firstSeen: 0,
  lastSeen: 0,
  source: 'import',
  extractor: 't',
  tokens: ['old-token'],
});

describe('reindexIfStale', () => {
  it('re-tokenises every course once when the token version changed', async () => {
    await db.courses.bulkPut(Array.from({ length: 25 }, (_, i) => course(i)));
    expect(await reindexIfStale(db, 10)).toBe(25);
    const stored = await db.courses.toArray();
    for (const item of stored) expect(item.tokens).toEqual(courseTokens(item));
    // the match index was rebuilt from the new tokens: the old one finds nothing, a new one all
    const source = new DexieCandidateSource(db);
    expect((await source.candidates([{ token: 'old-token', weight: 1 }], 50)).candidates).toEqual([]);
    const photoshop = await source.candidates([{ token: 'photoshop', weight: 1 }], 50);
    expect(photoshop.candidates).toHaveLength(13);
    expect((await db.settings.get('tokensVersion'))?.value).toBe(TOKENS_VERSION);
    expect(await reindexIfStale(db, 10)).toBe(0);
  });
});
