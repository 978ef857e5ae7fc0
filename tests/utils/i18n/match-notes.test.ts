import { describe, expect, it } from 'vitest';
import { whyParts } from '@/utils/compare/why';
import { describeMatchNote } from '@/utils/i18n/match-notes';
import { MemoryCandidateIndex } from '@/utils/match/candidate-index';
import { matchCourse } from '@/utils/match/compare';

describe("the matcher's notes in the UI", () => {
  it.each([
    ['not said to be beginner', 'tidak disebut untuk pemula'],
    ['without Python', 'tanpa Python'],
    ['other name: React', 'nama lain: React'],
    ['advanced course for a beginner one', 'kursus mahir untuk yang pemula'],
    [
      'intermediate course for a basics-to-advanced one',
      'kursus menengah untuk yang dari dasar sampai mahir',
    ],
    ['exam preparation', 'persiapan ujian'],
    ['a note nobody wrote a rule for', 'a note nobody wrote a rule for'],
  ])('%s → %s', (note, indonesian) => {
    expect(describeMatchNote(note, 'id')).toBe(indonesian);
    expect(describeMatchNote(note, 'en')).toBe(note);
  });

  it('every note the matcher writes on a level mismatch reads as Indonesian', async () => {
    const pool = new MemoryCandidateIndex([
      { id: 'a', site: 'udemy', title: 'Advanced Digital Marketing Masterclass' },
    ]);
    const [match] = await matchCourse({ id: 'q', title: 'Digital Marketing untuk Pemula' }, pool);
    expect(match?.notes?.length).toBeGreaterThan(0);
    const { shared, notes } = whyParts(match!);
    expect(shared).toContain('digital marketing');
    for (const note of notes) expect(describeMatchNote(note, 'id'), note).not.toBe(note);
  });
});

it('a level word that names a member of Object is said as it is', () => {
  expect(describeMatchNote('not said to be constructor', 'id')).toBe('tidak disebut untuk constructor');
});
