/**
 * The failure classes of matching that must hold on any catalogue, with invented titles: no invisible
 * words, names must agree, short generic candidates do not score as full matches, kinds of course.
 */
import { describe, expect, it } from 'vitest';
import { type MatchRecord, MemoryCandidateIndex } from '../../../utils/match/candidate-index';
import { DEFAULT_THRESHOLDS, matchCourse } from '../../../utils/match/compare';
import { analyse } from '../../../utils/match/concepts';
import { nameClash, RELATED_MAX, score } from '../../../utils/match/score';
import { TOOLS, toolFamily } from '../../../utils/match/vocabulary/names';

/** Score of one pair with document frequencies taken from a small invented library. */
function pair(query: string, candidate: string, library: readonly string[] = []) {
  const index = new MemoryCandidateIndex(
    [candidate, ...library].map((title, i): MatchRecord => ({ id: `x:${i}`, title })),
  );
  const q = analyse(query);
  const df = new Map([...q.concepts.keys()].map((token) => [token, index.documentFrequency(token)]));
  return score({
    query: q,
    candidate: analyse(candidate, { framing: false }),
    df,
    total: index.size,
    titleSimilarity: 0,
  });
}

const LIBRARY = [
  'Python Programming for Beginners',
  'Java Programming Basics',
  'JavaScript for Beginners',
  'Intro to Web Development',
  'Data Science Fundamentals',
  'Office Administration Skills',
];

describe('no invisible words', () => {
  it('reads a one-letter or short language name next to a context word', () => {
    expect(analyse('Belajar Bahasa Go untuk Pemula').tools).toContain('go');
    expect(analyse('Dasar Pemrograman R').tools).toContain('r language');
    expect(analyse('Pemrograman C untuk Pemula').tools).toContain('c language');
    // "Bahasa" before a programming language does not make it a course on a spoken language
    expect(analyse('Belajar Bahasa Go untuk Pemula').concepts.has('language')).toBe(false);
  });

  it('does not read an ordinary word as a name without context', () => {
    expect(analyse("Let's Go Camping").tools).not.toContain('go');
    expect(analyse('R for Data Analysis').tools).toEqual([]);
  });

  it('keeps symbol names whole: C#, C++, .NET', () => {
    expect(analyse('Belajar C# Dasar').tools).toContain('c#');
    expect(analyse('Belajar C++ Dasar').tools).toContain('c++');
    expect(analyse('Membangun API dengan .NET').tools).toContain('dotnet');
  });

  it('keeps framework and product names from the data packages, unstemmed', () => {
    // "svelte" is an English word too: a name only next to a context word, a content word always
    expect([...analyse('Belajar Svelte Dasar').concepts.keys()].some((key) => key.startsWith('svelt'))).toBe(
      true,
    );
    expect(analyse('Pemrograman Svelte').tools).toContain('svelte');
    expect(analyse('Looker untuk Laporan Bisnis').tools).toContain('looker');
    expect(analyse('Orkestrasi Data dengan Airflow').tools).toContain('apache airflow');
  });

  it('a Go course for beginners is not a Python course for beginners', () => {
    const result = pair('Belajar Bahasa Go untuk Pemula', 'Python Programming for Beginners', LIBRARY);
    expect(result.relatedOnly).toBe(true);
    expect(result.score).toBeLessThan(DEFAULT_THRESHOLDS.equivalent);
  });

  it('a word the lexicon does not know lowers the score when the candidate lacks it', () => {
    const full = pair('Belajar Svelte untuk Pemula', 'Svelte for Beginners', LIBRARY);
    const without = pair('Belajar Svelte untuk Pemula', 'JavaScript for Beginners', LIBRARY);
    expect(full.score).toBeGreaterThan(DEFAULT_THRESHOLDS.equivalent);
    expect(without.score).toBeLessThan(DEFAULT_THRESHOLDS.equivalent);
    // an unknown plain word, not a name: it counts too
    const word = pair('Pelatihan Zorbing Kantor', 'Office Administration Skills', LIBRARY);
    expect(word.score).toBeLessThan(DEFAULT_THRESHOLDS.equivalent);
  });

  it('translates Indonesian words the glossary does not know through the fallback lexicon', () => {
    // mesin (engine, machine) is not in the glossary; the dictionary knows it
    const analysis = analyse('Perawatan Mesin Industri');
    const senses = [...analysis.concepts.keys(), ...[...(analysis.alternatives?.values() ?? [])].flat()];
    expect(senses).toEqual(expect.arrayContaining(['machin']));
    expect(analysis.concepts.has('mesin')).toBe(false);
  });

  it('matches a translated word by any of its senses', () => {
    const result = pair('Perawatan Mesin Industri', 'Industrial Machine Maintenance', LIBRARY);
    expect(result.shared.length).toBeGreaterThan(0);
  });
});

describe('word order', () => {
  it('keeps English order for English words inside an Indonesian title', () => {
    const analysis = analyse('Belajar Fundamental Front-End Web Development');
    expect(analysis.concepts.get('web development')).toBe(1);
    // Indonesian order still holds for Indonesian words: the second noun qualifies the first
    expect(analyse('Mendesain Poster Pemasaran Digital').concepts.get('digital marketing')).toBeLessThan(0.5);
  });
});

describe('names must agree', () => {
  it('names come from the data packages as well as the curated table', () => {
    expect(TOOLS.length).toBeGreaterThan(1000);
    expect(toolFamily('svelte')).toBe('language');
    expect(toolFamily('photoshop')).toBe('design');
  });

  it.each([
    ['Kubernetes di Google Cloud', 'Kubernetes on AWS'],
    ['Administrasi Sistem Windows', 'macOS System Administration'],
    ['Membangun Aplikasi Web dengan Vue', 'Building Web Apps with React'],
    ['Desain Grafis dengan Photoshop', 'Graphic Design with GIMP'],
  ])('%s against %s is related at most', (query, candidate) => {
    expect(nameClash(analyse(query), analyse(candidate, { framing: false }))).toBeDefined();
    const result = pair(query, candidate, LIBRARY);
    expect(result.relatedOnly).toBe(true);
    expect(result.score).toBeLessThanOrEqual(RELATED_MAX);
  });

  it('the same name, or one that implies it, agrees', () => {
    expect(
      nameClash(analyse('Kubernetes di Google Cloud'), analyse('Kubernetes on Google Cloud')),
    ).toBeUndefined();
    expect(nameClash(analyse('Pemrograman Python'), analyse('Web Apps with Django'))).toBeUndefined();
    expect(nameClash(analyse('Belajar JavaScript'), analyse('HTML, CSS and JavaScript'))).toBeUndefined();
  });

  it('every equivalent threshold lies above the related ceiling', () => {
    expect(DEFAULT_THRESHOLDS.equivalent).toBeGreaterThan(RELATED_MAX);
  });
});

describe('short generic candidates', () => {
  it.each([
    ['Data Science Terapan untuk Aplikasi Mobile', 'Data Science'],
    ['Machine Learning dengan TensorFlow', 'Machine Learning'],
  ])('%s does not score 1.00 against %s', (query, candidate) => {
    const result = pair(query, candidate, LIBRARY);
    expect(result.score).toBeLessThan(0.9);
  });

  it('only full two-way coverage reaches the top of the scale', () => {
    const same = pair('Data Science Terapan', 'Applied Data Science', LIBRARY);
    const generic = pair('Data Science Terapan', 'Data Science', LIBRARY);
    expect(same.score).toBeGreaterThan(generic.score);
  });
});

describe('kinds of course', () => {
  it.each([
    ['Simulasi Ujian Sertifikasi Cloud Practitioner', 'Cloud Practitioner Essentials'],
    ['Cloud Practitioner Essentials', 'Cloud Practitioner Practice Tests'],
    ['Persiapan Sertifikasi Administrator Jaringan', 'Network Administration Fundamentals'],
  ])('exam preparation: %s / %s', (query, candidate) => {
    const result = pair(query, candidate, LIBRARY);
    expect(result.relatedOnly).toBe(true);
  });

  it('a bundle or learning path is not one course', () => {
    expect(pair('Dasar Pemrograman Web', 'Web Development Learning Path', LIBRARY).relatedOnly).toBe(true);
    expect(pair('Dasar Pemrograman Web', 'Web Development 3-in-1 Bundle', LIBRARY).relatedOnly).toBe(true);
    expect(pair('Dasar Pemrograman Web', 'Intro to Web Development', LIBRARY).relatedOnly).toBe(false);
  });

  it('a multi-course programme of a large platform is not one course', () => {
    expect(analyse('Data Analytics Professional Certificate').bundle).toBe(true);
    expect(analyse('Supply Chain MicroMasters').bundle).toBe(true);
    expect(analyse('Data Analytics Fundamentals').bundle).toBe(false);
  });

  it('a later part of a series is not the first or the whole course', () => {
    expect(pair('Dasar Pemrograman Web', 'Web Development Part 2', LIBRARY).relatedOnly).toBe(true);
    expect(pair('Dasar Pemrograman Web', 'Web Development Part 1', LIBRARY).relatedOnly).toBe(false);
    expect(pair('Pemrograman Web Bagian 2', 'Web Development Part II', LIBRARY).relatedOnly).toBe(false);
  });

  it('expert is not beginner', () => {
    expect(pair('Desain Grafis untuk Pemula', 'Graphic Design for Experts', LIBRARY).relatedOnly).toBe(true);
    expect(pair('Desain Grafis Tingkat Lanjut', 'Graphic Design for Beginners', LIBRARY).relatedOnly).toBe(
      true,
    );
  });

  it('the engine never calls a related-only pair equivalent', async () => {
    const index = new MemoryCandidateIndex([
      { id: 'a', title: 'Python Programming for Beginners' },
      { id: 'b', title: 'Go Programming for Beginners' },
    ]);
    const matches = await matchCourse({ id: 'q', title: 'Belajar Bahasa Go untuk Pemula' }, index, {
      thresholds: { equivalent: 0.01, related: 0 },
    });
    expect(matches.find((match) => match.record.id === 'a')?.verdict).toBe('related');
    expect(matches[0]?.record.id).toBe('b');
  });
});
