import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type MatchRecord,
  MemoryCandidateIndex,
  planQuery,
  rankByOverlap,
} from '../../../utils/match/candidate-index';
import { englishGloss, matchCourse } from '../../../utils/match/compare';
import { analyse } from '../../../utils/match/concepts';
import { focusConcept, score, servesQuery, sharesSubject, toolIsThePoint } from '../../../utils/match/score';

const POOL: MatchRecord[] = [
  { id: 'udemy:1', title: 'Adobe Photoshop CC – Essentials Training Course', site: 'udemy' },
  { id: 'udemy:2', title: "Graphic Design: Beginner's Graphic Design Guide to Photoshop", site: 'udemy' },
  { id: 'udemy:3', title: 'GIMP for Graphic Design', site: 'udemy' },
  { id: 'udemy:4', title: 'Double Entry Bookkeeping', site: 'udemy' },
  { id: 'udemy:5', title: 'Learn Guitar in 21 Days', site: 'udemy' },
  { id: 'coursera:6', title: 'Digital Marketing', site: 'coursera' },
  { id: 'coursera:7', title: 'Social Media Marketing', site: 'coursera' },
  { id: 'coursera:8', title: 'First Step Korean', site: 'coursera' },
  { id: 'coursera:9', title: 'Diseño Gráfico con Photoshop', site: 'coursera' },
  { id: 'udemy:10', title: 'Introduction to Bookkeeping (Accounting)', site: 'udemy' },
  { id: 'udemy:11', title: 'Photoshop for Photographers Advanced', site: 'udemy' },
  { id: 'udemy:12', title: 'Excel Skills for Business: Essentials', site: 'udemy' },
];

const PHOTOSHOP = {
  id: 'prakerja:0',
  title: 'Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis',
};

describe('matchCourse', () => {
  const index = new MemoryCandidateIndex(POOL);

  it('finds English equivalents of an Indonesian title and says why', async () => {
    const matches = await matchCourse(PHOTOSHOP, index);
    expect(matches[0]?.record.id).toBe('udemy:2');
    expect(matches[0]?.verdict).toBe('equivalent');
    expect(matches[0]?.why).toEqual(expect.arrayContaining(['graphic design', 'photoshop']));
    for (const match of matches) {
      expect(match.score).toBeGreaterThanOrEqual(0);
      expect(match.score).toBeLessThanOrEqual(1);
    }
    const ids = matches.map((match) => match.record.id);
    expect(ids).not.toContain('udemy:5');
    expect(ids).not.toContain('udemy:4');
  });

  it('ranks another tool and another language below the same tool', async () => {
    const matches = await matchCourse(PHOTOSHOP, index);
    const rank = (id: string) => matches.findIndex((match) => match.record.id === id);
    expect(rank('udemy:2')).toBeLessThan(rank('udemy:3'));
    const gimp = matches.find((match) => match.record.id === 'udemy:3');
    expect(gimp?.why.some((reason) => reason.includes('other name'))).toBe(true);
    const spanish = matches.find((match) => match.record.id === 'coursera:9');
    if (spanish) expect(spanish.score).toBeLessThan(matches[0]!.score);
  });

  it('returns nothing for a topic the pool lacks', async () => {
    const matches = await matchCourse(
      { id: 'prakerja:1', title: 'Kelas Membuat Batik Ecoprint Dengan Warna Alam' },
      index,
    );
    expect(matches.filter((match) => match.verdict === 'equivalent')).toEqual([]);
  });

  it('pins a pair the user called the same course to the top, even one the engine would not find', async () => {
    const matches = await matchCourse(PHOTOSHOP, index, {
      verdicts: [{ a: 'prakerja:0', b: 'udemy:5', same: true }],
    });
    expect(matches[0]?.record.id).toBe('udemy:5');
    expect(matches[0]?.pinned).toBe(true);
    expect(matches[0]?.verdict).toBe('equivalent');
  });

  it('hides a pair the user called not the same, in either orientation', async () => {
    const before = await matchCourse(PHOTOSHOP, index);
    expect(before[0]?.record.id).toBe('udemy:2');
    const after = await matchCourse(PHOTOSHOP, index, {
      verdicts: [{ a: 'udemy:2', b: 'prakerja:0', same: false }],
    });
    expect(after.map((match) => match.record.id)).not.toContain('udemy:2');
    expect(after.length).toBeGreaterThan(0);
  });

  it('ignores verdicts about other courses and never matches a course with itself', async () => {
    const self = await matchCourse(POOL[0]!, index, { verdicts: [{ a: 'x:1', b: 'udemy:2', same: false }] });
    expect(self.map((match) => match.record.id)).not.toContain('udemy:1');
    expect(self.map((match) => match.record.id)).toContain('udemy:2');
  });

  it('glosses an Indonesian title in English for Fuse.js', () => {
    expect(englishGloss(analyse('Bahasa Korea Dasar'))).toContain('korean');
  });
});

describe('score', () => {
  it('never falls as title similarity rises (matchCourse skips Fuse.js for candidates bounded out)', () => {
    const queries = [PHOTOSHOP.title, 'Pemasaran Media Sosial untuk Pemula', 'Advanced Excel Exam Prep'];
    for (const text of queries) {
      const query = analyse(text);
      for (const record of POOL) {
        const candidate = analyse(record.title, { framing: false });
        let last = -1;
        for (const titleSimilarity of [0, 0.1, 0.37, 0.5, 0.9, 1]) {
          const value = score({ query, candidate, df: new Map(), total: POOL.length, titleSimilarity }).score;
          expect(value).toBeGreaterThanOrEqual(last);
          last = value;
        }
      }
    }
  });

  it('returns the same top matches with a short limit as the head of a long list', async () => {
    const index = new MemoryCandidateIndex(POOL);
    for (const title of [PHOTOSHOP.title, 'Digital Marketing Essentials', 'Bookkeeping for Beginners']) {
      const long = await matchCourse({ id: 'q', title }, index, { limit: 50 });
      for (const limit of [1, 2, 3]) {
        const short = await matchCourse({ id: 'q', title }, index, { limit });
        expect(short.map((m) => [m.record.id, m.score])).toEqual(
          long.slice(0, limit).map((m) => [m.record.id, m.score]),
        );
      }
    }
  });

  const rate = (query: string, candidate: string) =>
    score({
      query: analyse(query),
      candidate: analyse(candidate, { framing: false }),
      df: new Map(),
      total: 1000,
      titleSimilarity: 0,
    });

  it('tells whether the tool is the point of a query', () => {
    const photoshop = analyse('Desain Grafis Adobe Photoshop');
    expect(toolIsThePoint(photoshop, photoshop.tools)).toBe(true);
    const mascot = analyse('Membuat Desain Karakter Maskot dengan Photoshop');
    expect(toolIsThePoint(mascot, mascot.tools)).toBe(false);
    // Adobe Animate is a 2D animation tool: a 2D animation course without it is another tool's course
    const animate = analyse('Membuat Film Animasi 2D dengan Adobe Animate');
    expect(toolIsThePoint(animate, animate.tools)).toBe(true);
  });

  it('ranks a course without the tool below one with it when the tool is the point', () => {
    const query = 'Desain Grafis Adobe Photoshop';
    const without = rate(query, 'Graphic Design Basics');
    expect(rate(query, 'Graphic Design in Photoshop').score).toBeGreaterThan(without.score);
    expect(without.notes).toContain('without photoshop');
  });

  it('does not count a tool for the asked skill as something else the candidate is about', () => {
    const query = 'Dasar-Dasar Membuat Situs Web';
    expect(servesQuery('html', analyse(query))).toBe(true);
    expect(rate(query, 'Build a Website with HTML').score).toBeGreaterThan(
      rate(query, 'Build a Website for Your Bakery').score,
    );
  });

  it('lets a course on the tool made for a skill cover that skill, when the query names no tool', () => {
    // photo editing is what Photoshop is made for; graphic design only one of its uses
    const photo = rate('Berlatih Edit Foto', 'Learn Photoshop');
    expect(photo.score).toBeGreaterThan(rate('Belajar Desain Grafis', 'Learn Photoshop').score);
    // a query that names its own tool is not served by another one
    expect(rate('Edit Foto dengan GIMP', 'Learn Photoshop').score).toBeLessThan(photo.score);
  });

  it('still counts a tool built on the tool the query names (Redux for a React query)', () => {
    const query = analyse('Fundamental Front-End Engineer with React');
    expect(servesQuery('redux', query)).toBe(false);
    expect(rate('Fundamental Front-End Engineer with React', 'Learn React').score).toBeGreaterThan(
      rate('Fundamental Front-End Engineer with React', 'Learn React and Redux').score,
    );
  });

  it('keeps tax, law and payroll courses for another country related at best', () => {
    const query = 'Brevet Pajak Terapan';
    const foreign = rate(query, 'Federal Taxation Basics');
    expect(foreign.notes).toContain('tax of another country');
    const same = rate('Income Tax Basics', 'Federal Taxation Basics');
    expect(same.notes).toEqual([]);
    // not for subjects that are the same everywhere
    expect(rate('Desain Grafis', 'Graphic Design Basics').notes).toEqual([]);
  });

  it('ranks an advanced-only course below a general one for a basics-to-advanced query', () => {
    const query = 'Microsoft Excel Lengkap Tingkat Dasar Hingga Mahir';
    const advanced = rate(query, 'Advanced Excel');
    expect(advanced.notes).toContain('advanced course for a basics-to-advanced one');
    expect(advanced.score).toBeLessThan(rate(query, 'Excel').score);
    expect(rate(query, 'Excel for Beginners').notes).toEqual([]);
  });

  it("reads a title that says Advanced as advanced, whatever the catalogue's level column says", () => {
    const rateWithLevel = (candidate: string, level: string) =>
      score({
        query: analyse('Fundamental Front-End Engineer with React'),
        candidate: analyse(candidate, { framing: false }),
        df: new Map(),
        total: 1000,
        titleSimilarity: 0,
        candidateFacts: { level },
      });
    expect(rateWithLevel('Advanced React', 'Intermediate Level').notes).toContain(
      'advanced course for a beginner one',
    );
    // a weak title hint does not override the column the other way
    expect(rateWithLevel('Essentials of React', 'Expert Level').notes).toContain(
      'advanced course for a beginner one',
    );
    // an intermediate course for a beginner one is not a clash, only not the level the query says
    expect(rateWithLevel('React', 'Intermediate Level').notes).toEqual(['not said to be beginner']);
    expect(rateWithLevel('React', 'Intermediate Level').relatedOnly).toBe(false);
    expect(rateWithLevel('React', 'Beginner Level').notes).toEqual([]);
  });

  it('keeps exam preparation related at best, unless the query is about an exam or a certification', () => {
    const prep = rate('Desain Arsitektur dengan AutoCAD', 'AutoCAD for Design and Drafting Exam Prep');
    expect(prep.notes).toContain('exam preparation');
    expect(prep.score).toBeLessThan(
      rate('Desain Arsitektur dengan AutoCAD', 'AutoCAD for Design and Drafting').score,
    );
    expect(rate('Sertifikasi AutoCAD', 'AutoCAD Exam Prep').notes).not.toContain('exam preparation');
  });

  it("marks down a candidate without the query's most specific concept", () => {
    const df = new Map([
      ['credit', 20],
      ['banking', 200],
    ]);
    const query = analyse('Credit and Banking');
    expect(focusConcept(query, df, 1000)).toBe('credit');
    const rateWith = (candidate: string) =>
      score({
        query,
        candidate: analyse(candidate, { framing: false }),
        df,
        total: 1000,
        titleSimilarity: 0,
      });
    const without = rateWith('Banking Basics');
    expect(without.notes).toContain('without credit');
    expect(without.score).toBeLessThan(rateWith('Credit Basics').score);
    // one concept, or a tie for the rarest: nothing stands out
    expect(focusConcept(analyse('Kredit'), df, 1000)).toBeUndefined();
    expect(focusConcept(query, new Map(), 1000)).toBeUndefined();
  });

  it('keeps a candidate that shares only the framing or a modifier related at best', () => {
    // the occupational framing ("Calon Pemimpin": leadership) and the modifier of a head-first noun
    // phrase ("Poster Pemasaran Digital": a poster for digital marketing) are not the subject
    const credit = analyse('Belajar Manajemen Kredit untuk Calon Pemimpin Kredit');
    expect(sharesSubject(credit, analyse('Building Your Leadership Skills', { framing: false }))).toBe(false);
    expect(sharesSubject(credit, analyse('Credit Risk Analysis', { framing: false }))).toBe(true);
    const poster = 'Mendesain Poster Pemasaran Digital';
    const marketing = rate(poster, 'Digital Marketing');
    expect(marketing.notes).toContain('shares only the framing');
    expect(rate(poster, 'Poster Design').notes).not.toContain('shares only the framing');
    // a tool made for the skill the query names counts as sharing it
    expect(sharesSubject(analyse('Berlatih Edit Foto'), analyse('Learn Photoshop', { framing: false }))).toBe(
      true,
    );
  });

  it('counts what else the candidate is about against a one-concept query', () => {
    expect(rate('Belajar Gitar', 'Guitar Basics').score).toBeGreaterThan(
      rate('Belajar Gitar', 'Guitar Workout for Singers and Songwriters').score,
    );
  });
});

describe('candidate retrieval', () => {
  it('weights rare tokens above common ones and skips very common ones when rarer exist', () => {
    const df = new Map([
      ['rare', 2],
      ['common', 900],
    ]);
    const plan = planQuery(
      [
        { token: 'rare', weight: 1 },
        { token: 'common', weight: 1 },
        { token: 'absent', weight: 1 },
      ],
      df,
      1000,
    );
    expect(plan.map((item) => item.token)).toEqual(['rare', '~rare']);
    expect(plan[1]!.weight).toBeLessThan(plan[0]!.weight);
  });

  it('never skips a common token that weighs more than every rarer one', () => {
    const df = new Map([
      ['implied', 2],
      ['subject', 900],
    ]);
    const plan = planQuery(
      [
        { token: 'subject', weight: 1 },
        { token: 'implied', weight: 0.35 },
      ],
      df,
      1000,
    );
    expect(plan.map((item) => item.token)).toEqual(['subject', 'implied', '~implied']);
  });

  it('ranks by overlap, ties by id, and keeps only the limit', () => {
    const items = Array.from({ length: 50 }, (_, i) => ({
      id: `x:${String(i).padStart(2, '0')}`,
      overlap: i % 5,
    }));
    const top = rankByOverlap(items, 3);
    expect(top.map((item) => item.id)).toEqual(['x:04', 'x:09', 'x:14']);
  });

  it('ranks a long list with many ties at the cutoff as a full stable sort does', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            id: fc.constantFrom('a', 'b', 'c', 'aa', 'ab', 'b1', 'z'),
            overlap: fc.integer({ min: 0, max: 3 }),
          }),
          // long enough for the cutoff path (more than four times the limit)
          { minLength: 20, maxLength: 80, size: 'max' },
        ),
        fc.integer({ min: 1, max: 5 }),
        (list, limit) => {
          const items = list.map((item, place) => ({ ...item, place }));
          const sorted = [...items]
            .sort((a, b) => b.overlap - a.overlap || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
            .slice(0, limit);
          expect(rankByOverlap([...items], limit)).toEqual(sorted);
        },
      ),
    );
  });
});
