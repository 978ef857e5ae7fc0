import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseText, words } from '../../../utils/match/normalise';

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
});
