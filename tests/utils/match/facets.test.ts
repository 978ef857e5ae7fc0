import { describe, expect, it } from 'vitest';
import { detectLevel } from '@/utils/match/facets';

describe('detectLevel', () => {
  it.each(['Constructor Basics', 'toString untuk Pemula', '__proto__ hasOwnProperty valueOf'])(
    '"%s" is read as words, not as a lookup into Object',
    (title) => {
      const level = detectLevel(title.toLowerCase().split(/\s+/), title);
      expect(level === undefined || typeof level === 'string').toBe(true);
    },
  );

  it('still reads the level words', () => {
    expect(detectLevel(['excel', 'untuk', 'pemula'])).toBe('beginner');
  });
});
