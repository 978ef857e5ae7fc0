import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stemEn } from '../../../utils/match/stem-en';
import { stemId, stemIdCandidates } from '../../../utils/match/stem-id';

describe('Indonesian stemming', () => {
  it.each([
    ['pemasaran', 'pasar'],
    ['memasarkan', 'pasar'],
    ['keuangan', 'uang'],
    ['pelatihan', 'latih'],
    ['menjahit', 'jahit'],
    ['penjualan', 'jual'],
    ['menyusun', 'susun'],
    ['membuat', 'buat'],
    ['pencatatan', 'catat'],
    ['perkantoran', 'kantor'],
    ['berbisnis', 'bisnis'],
    ['keamanan', 'aman'],
    ['sehari-hari', 'hari'],
    ['kue-kue', 'kue'],
    ['kopi', 'kopi'],
    ['roti', 'roti'],
    ['budidaya', 'budidaya'],
  ])('stemId(%s) = %s', (word, root) => {
    expect(stemId(word)).toBe(root);
  });

  it.each([
    ['pemula', 'mula'],
    ['kepemimpinan', 'pimpin'],
    ['pengembang', 'kembang'],
    ['mengelola', 'kelola'],
    ['pemrograman', 'program'],
    ['memasak', 'masak'],
    ['peternakan', 'ternak'],
    ['kebersihan', 'bersih'],
    ['mempelajari', 'pelajar'],
    ['buah-buahan', 'buah'],
  ])('the candidates of %s include %s', (word, root) => {
    expect(stemIdCandidates(word)).toContain(root);
  });

  it('puts the word itself first and never yields an empty candidate', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,14}(-[a-z]{1,14})?$/), (word) => {
        const candidates = stemIdCandidates(word);
        expect(candidates[0]).toBe(word);
        expect(candidates.every((candidate) => candidate.length > 0)).toBe(true);
        expect(stemId(word).length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('English stemming', () => {
  it.each([
    ['designing', 'design'],
    ['designer', 'design'],
    ['designers', 'design'],
    ['design', 'design'],
    ['coding', 'cod'],
    ['code', 'cod'],
    ['programming', 'program'],
    ['management', 'manag'],
    ['manager', 'manag'],
    ['beginners', 'begin'],
    ['studies', 'study'],
    ['business', 'business'],
    ['editing', 'edit'],
    ['animation', 'animat'],
    ['animate', 'animat'],
    ['c++', 'c++'],
  ])('stemEn(%s) = %s', (word, stem) => {
    expect(stemEn(word)).toBe(stem);
  });

  it('never returns an empty stem for a non-empty word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,20}$/), (word) => {
        expect(stemEn(word).length).toBeGreaterThan(0);
      }),
    );
  });
});
