import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importCourses } from '@/utils/io/catalogue-import';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { BandinginDb } from '@/utils/library/db';
import { compactMatchIndex, MAX_SEGMENTS, readIndexState } from '@/utils/library/match-index';
import { storeCourses } from '@/utils/library/store';
import { type MatchRecord, MemoryCandidateIndex } from '@/utils/match/candidate-index';
import { matchCourse, queryTokens } from '@/utils/match/compare';
import { analyse } from '@/utils/match/concepts';
import { courseTokens } from '@/utils/match/tokens';
import type { Course, ImportedCourse } from '@/utils/model';

const TITLES = [
  'Adobe Photoshop CC – Essentials Training Course',
  "Graphic Design: Beginner's Graphic Design Guide to Photoshop",
  'GIMP for Graphic Design',
  'Double Entry Bookkeeping',
  'Learn Guitar in 21 Days',
  'Digital Marketing',
  'Social Media Marketing',
  'First Step Korean',
  'Diseño Gráfico con Photoshop',
  'Introduction to Bookkeeping (Accounting)',
  'Photoshop for Photographers Advanced',
  'Excel Skills for Business: Essentials',
  'Microsoft Excel Lengkap dari Dasar',
  'Belajar Bahasa Korea untuk Pemula',
  'Pemasaran Media Sosial untuk UMKM',
  'Akuntansi Dasar dan Pembukuan',
];

/** 300 courses: each title several times with words of others, so ties and common tokens occur. */
const POOL: ImportedCourse[] = Array.from({ length: 300 }, (_, i) => ({
  key: String(i).padStart(3, '0'),
  site: i % 2 ? 'udemy' : 'coursera',
  side: i % 7 === 0 ? 'prakerja' : 'alternative',
  url: `https://example.com/course/${i}`,
  title: `${TITLES[i % TITLES.length]}${i % 3 ? ` ${TITLES[(i * 5) % TITLES.length]!.split(' ')[0]}` : ''}`,
  source: 'import',
  extractor: 'test@1',
}));

const QUERIES = [
  'Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis',
  'Menguasai Dasar Pencatatan Transaksi',
  'Menjadi Spesialis Pemasar Media Sosial',
  'Bahasa Korea Dasar',
  'Microsoft Excel Lengkap Tingkat Dasar Hingga Mahir',
];

let db: BandinginDb;
let name = 0;
beforeEach(() => {
  db = new BandinginDb(`candidates-test-${++name}`);
});
afterEach(() => db.delete());

/** The in-memory source over exactly what the library holds now. */
const memoryOf = async () => new MemoryCandidateIndex<MatchRecord>(await db.courses.toArray());

async function expectSameAsMemory(limit = 20) {
  const memory = await memoryOf();
  for (const title of QUERIES) {
    const tokens = queryTokens(analyse(title));
    const fromMemory = memory.candidates(tokens, limit);
    const fromDexie = await new DexieCandidateSource(db).candidates(tokens, limit);
    expect(fromDexie.total).toBe(fromMemory.total);
    expect(fromDexie.df).toEqual(fromMemory.df);
    expect(fromDexie.candidates.map((c) => [c.record.id, c.overlap])).toEqual(
      fromMemory.candidates.map((c) => [c.record.id, c.overlap]),
    );
    // one side: the whole library's ranking (and counts), the other side left out
    const sided = await new DexieCandidateSource(db, { side: 'alternative' }).candidates(tokens, limit);
    const everything = memory.candidates(tokens, POOL.length * 2).candidates;
    expect(sided.candidates.map((c) => [c.record.id, c.overlap])).toEqual(
      everything
        .filter((c) => c.record.side === 'alternative')
        .slice(0, limit)
        .map((c) => [c.record.id, c.overlap]),
    );
    const query = { id: 'prakerja:q', title };
    const a = await matchCourse(query, memory);
    const b = await matchCourse(query, new DexieCandidateSource(db));
    expect(b.map((m) => [m.record.id, m.score, m.verdict])).toEqual(
      a.map((m) => [m.record.id, m.score, m.verdict]),
    );
  }
}

describe('DexieCandidateSource over the match index', () => {
  it('gives the in-memory source’s candidates for a library imported in one segment', async () => {
    await importCourses(db, POOL);
    expect((await readIndexState(db))?.segments).toHaveLength(1);
    await expectSameAsMemory();
  });

  it('gives the same for captures in the live segment on top of an imported one', async () => {
    await importCourses(db, POOL.slice(0, 200));
    for (let i = 200; i < 300; i += 10) await storeCourses(db, POOL.slice(i, i + 10), 5);
    const segments = (await readIndexState(db))!.segments;
    expect(segments.map((segment) => segment.live)).toEqual([false, true]);
    await expectSameAsMemory();
  });

  it('indexes a course again when its text changes, and no longer finds it by the old words', async () => {
    await importCourses(db, POOL);
    const changed = { ...POOL[4]!, title: 'Advanced Excel Pivot Tables' }; // was the guitar course
    await storeCourses(db, [changed], 10);
    expect((await readIndexState(db))!.dead).toBe(1);
    const guitar = await new DexieCandidateSource(db).candidates(
      queryTokens(analyse('Belajar Gitar dalam 21 Hari')),
      50,
    );
    expect(guitar.candidates.map((c) => c.record.id)).not.toContain('coursera:004');
    await expectSameAsMemory();
  });

  it('merges segments when there are many, with the same results and no retired ordinals', async () => {
    for (let i = 0; i < 300; i += 30) await importCourses(db, POOL.slice(i, i + 30));
    await storeCourses(db, [{ ...POOL[6]!, title: 'Kursus Pembukuan Lanjutan' }], 10);
    const before = (await readIndexState(db))!;
    // each import compacts when it ends: never more than the limit
    expect(before.segments.length).toBeLessThanOrEqual(MAX_SEGMENTS + 1);
    await compactMatchIndex(db);
    expect((await readIndexState(db))!.segments.length).toBeLessThanOrEqual(MAX_SEGMENTS);
    await expectSameAsMemory();
  });

  it('indexes a library written by other means on its first query', async () => {
    const courses = POOL.map((course, i) => ({
      ...course,
      id: `${course.site}:${course.key}`,
      firstSeen: i,
      lastSeen: i,
      tokens: courseTokens(course),
    })) as unknown as Course[];
    await db.courses.bulkPut(courses);
    expect(await readIndexState(db)).toBeUndefined();
    await expectSameAsMemory();
    expect((await readIndexState(db))?.count).toBe(POOL.length);
  });

  it('reads only the blocks of its own tokens, once while the library stays the same', async () => {
    await importCourses(db, POOL);
    const tokens = queryTokens(analyse(QUERIES[0]!));
    const reads = vi.spyOn(db.postings, 'bulkGet');
    await new DexieCandidateSource(db).candidates(tokens, 10);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(reads.mock.calls[0]![0].length).toBeLessThanOrEqual(tokens.length * 2);
    await new DexieCandidateSource(db).candidates(tokens, 10);
    expect(reads).toHaveBeenCalledTimes(1);
    // a write makes the kept blocks stale: the next query reads again and sees the new course
    await storeCourses(db, [{ ...POOL[0]!, key: 'new', title: 'Adobe Photoshop untuk Desain Grafis' }], 20);
    reads.mockClear(); // the write read the live segment's blocks it extended
    const after = await new DexieCandidateSource(db).candidates(tokens, 300);
    expect(reads).toHaveBeenCalledTimes(1);
    expect(after.candidates.map((c) => c.record.id)).toContain('coursera:new');
  });

  it('fetches a pinned course that retrieval did not find', async () => {
    await importCourses(db, POOL);
    const matches = await matchCourse(
      { id: 'prakerja:q', title: QUERIES[0]! },
      new DexieCandidateSource(db),
      {
        verdicts: [{ a: 'prakerja:q', b: 'udemy:005', same: true }],
      },
    );
    expect(matches[0]?.record.id).toBe('udemy:005');
  });
});
