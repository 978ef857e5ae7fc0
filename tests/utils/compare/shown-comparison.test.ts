import { describe, expect, it } from 'vitest';
import type { Comparison } from '@/utils/compare/comparison';
import { showComparison } from '@/utils/compare/shown-comparison';
import type { Course } from '@/utils/model';

const course = (id: string, side: Course['side'], title: string, topics?: string[]): Course => ({
  id,
  site: side === 'prakerja' ? 'prakerja' : 'udemy',
  side,
  title,
  topics,
  firstSeen: 0,
  lastSeen: 0,
  source: 'page',
  extractor: 'test',
  tokens: [],
});

const matched = (from: Course, other: Course): Comparison<Course> => ({
  from,
  matches: [{ record: other, score: 0.8, verdict: 'equivalent', why: [] } as never],
});

describe('showComparison', () => {
  it('adds what two syllabi share to each match, made where the matcher is', () => {
    const from = course('p:1', 'prakerja', 'Excel untuk Admin', ['Rumus VLOOKUP', 'Pivot table', 'Grafik']);
    const other = course('u:1', 'alternative', 'Excel for Office', [
      'VLOOKUP formulas',
      'Pivot tables',
      'Macros',
    ]);
    const shown = showComparison(matched(from, other));
    expect(shown.matches[0]?.topics?.both.length).toBeGreaterThan(0);
    expect(shown.matches[0]?.topics?.onlyOther.length).toBeGreaterThan(0);
    expect(shown.searches).toBeUndefined();
  });

  it('leaves topics out when either course has no syllabus', () => {
    const from = course('p:1', 'prakerja', 'Excel untuk Admin');
    const shown = showComparison(matched(from, course('u:1', 'alternative', 'Excel', ['Pivot tables'])));
    expect(shown.matches[0]).not.toHaveProperty('topics');
  });

  it('offers searches on the alternative sites for a Prakerja course nothing matched, and only then', () => {
    const prakerja = showComparison({
      from: course('p:1', 'prakerja', 'Desain Grafis dengan Canva'),
      matches: [],
    });
    expect(prakerja.searches?.length).toBeGreaterThan(0);
    expect(prakerja.searches?.map((link) => link.query).join(' ')).toMatch(/canva/i);
    const alternative = showComparison({ from: course('u:1', 'alternative', 'Canva Design'), matches: [] });
    expect(alternative.searches).toBeUndefined();
  });
});
