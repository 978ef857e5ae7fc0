import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHRASE_END } from '../../../utils/match/analyse';
import { asciiWordsAndBreaks, normaliseText, words } from '../../../utils/match/normalise';

describe('normalise', () => {
  it.each([
    ['Membuat Desain Grafis Adobe Photoshop', 'membuat desain grafis adobe photoshop'],
    ['Adobe Photoshop CC – Essentials Training Course', 'adobe photoshop cc essentials training course'],
    ['Diseño Gráfico fácil y rápido.', 'diseno grafico facil y rapido'],
    ['Learn C++ & C# in 2017!', 'learn c++ c# in'],
    ['Node.js, Vue.js and .NET 4.5', 'nodejs vuejs and dotnet'],
    ['Bread Mastery 101 by Home Baker Lala', 'bread mastery by home baker lala'],
    ['Percakapan Sehari-hari dan kue-kue', 'percakapan sehari-hari dan kue-kue'],
    ['e-commerce Front-End', 'e commerce front end'],
    ['2D & 3D Animation', '2d 3d animation'],
    ['Excel 4 Accounting: Master Date,Time & Text', 'excel accounting master date time text'],
    ['Brevet Pajak A/B Terapan', 'brevet pajak a b terapan'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
    );
  });

  it('never yields an empty word, an upper-case letter or a bare number', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const word of words(text)) {
          expect(word.length).toBeGreaterThan(0);
          expect(word).toBe(word.toLowerCase());
          expect(word).not.toMatch(/^\d+$/);
        }
      }),
    );
  });

  it('scans ASCII text into the words and phrase ends that splitting at PHRASE_END gives', () => {
    const pieces = [
      'Node',
      '.js',
      '.NET',
      ' ',
      ' - ',
      ' & ',
      ' + ',
      '.',
      ':',
      '-',
      '+',
      'C++',
      'x',
      '2',
      '\t',
      '/',
      '(',
      ')',
      '|',
      '#',
    ];
    const text = fc.oneof(
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join('')),
      fc.string({
        unit: fc.integer({ min: 0, max: 127 }).map((code) => String.fromCharCode(code)),
        maxLength: 30,
      }),
    );
    fc.assert(
      fc.property(text, (value) => {
        const breaks = new Set<number>();
        const list: string[] = [];
        for (const part of value.split(PHRASE_END)) {
          if (list.length > 0) breaks.add(list.length);
          list.push(...words(part));
        }
        expect(asciiWordsAndBreaks(value)).toEqual({ list, breaks });
      }),
    );
  });
});
