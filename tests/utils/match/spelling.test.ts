import { describe, expect, it } from 'vitest';
import { analyse } from '../../../utils/match/concepts';
import { transliterate, untransposed } from '../../../utils/match/spelling';
import { stemEn } from '../../../utils/match/stem-en';

describe('untransposed', () => {
  const known = new Set(['javascript', 'design', 'kotlin']);
  const isKnown = (word: string) => known.has(word);

  it.each([
    ['javacsript', 'javascript'],
    ['koltin', 'kotlin'],
  ])('reads %s as %s', (typo, word) => {
    expect(untransposed(typo, isKnown)).toBe(word);
  });

  it('leaves short words, first letters and unknown results alone', () => {
    expect(untransposed('gi', isKnown)).toBeUndefined();
    expect(untransposed('edsign', isKnown)).toBeUndefined();
    expect(untransposed('zorbing', isKnown)).toBeUndefined();
  });

  it('corrects a typo inside a title', () => {
    expect(analyse('Belajar Javacsript Dasar').tools).toContain('javascript');
  });
});

describe('transliterate', () => {
  it.each([
    ['virtualisasi', 'virtualization'],
    ['kalkulator', 'calculator'],
    ['kontainer', 'container'],
    ['elektronik', 'electronic'],
    ['universitas', 'university'],
  ])('respells %s the English way', (word, english) => {
    // only the stem has to meet: the English stemmer folds what the rules leave
    expect(stemEn(transliterate(word) ?? word)).toBe(stemEn(english));
  });

  it('leaves words without a loanword ending alone', () => {
    expect(transliterate('rumah')).toBeUndefined();
  });

  it('lets an Indonesian loanword meet its English title', () => {
    const id = analyse('Virtualisasi Server untuk Pemula');
    const en = analyse('Server Virtualization for Beginners', { framing: false });
    const shared = [...id.concepts.keys()].filter((concept) => en.concepts.has(concept));
    expect(shared.length).toBeGreaterThanOrEqual(1);
  });
});
