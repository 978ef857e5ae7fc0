import { describe, expect, it } from 'vitest';
import { findBadgeAnchor } from '@/utils/badge/anchor';
import { badgeLabel, badgeText } from '@/utils/badge/text';
import { parseHtml } from '../../dom';

describe('badgeText', () => {
  it.each([
    [{ count: 5, cheapestIdr: 0, side: 'prakerja' as const }, 'id' as const, '5 kursus serupa · mulai Rp0'],
    [
      { count: 2, cheapestIdr: 159_840, side: 'prakerja' as const },
      'id' as const,
      '2 kursus serupa · mulai Rp159.840',
    ],
    [{ count: 1, side: 'prakerja' as const }, 'en' as const, '1 similar course'],
    [
      { count: 3, cheapestIdr: 1_500_000, side: 'alternative' as const },
      'id' as const,
      '3 pelatihan Prakerja serupa · mulai Rp1.500.000',
    ],
    [{ count: 0, side: 'prakerja' as const }, 'id' as const, 'Cari di situs lain'],
  ])('%j in %s reads "%s"', (summary, language, text) => {
    expect(badgeText({ courseId: 'x', title: 'T', equivalents: 0, ...summary }, language)).toBe(text);
  });

  it('says what a click does', () => {
    expect(badgeLabel({ courseId: 'x', title: 'T', count: 0, equivalents: 0, side: 'prakerja' })).toBe(
      'Bandingin: Cari di situs lain, buka perbandingan',
    );
  });
});

describe('findBadgeAnchor', () => {
  const listing = parseHtml(`
    <h1>Katalog</h1>
    <div><h3><a href="/pelatihan/excel?utm_source=x">Excel untuk Admin</a></h3><span>Rp1.000.000</span></div>
    <div><a href="https://www.prakerja.go.id/pelatihan/canva/"><h4>Canva</h4></a></div>
    <div><a href="/pelatihan/word">Word</a></div>`);
  const page = 'https://www.prakerja.go.id/pelatihan';

  it('finds the heading of the card that links to the course, whatever the markup', () => {
    expect(
      findBadgeAnchor(listing, 'https://www.prakerja.go.id/pelatihan/excel', 'Excel', page)?.tagName,
    ).toBe('H3');
    expect(findBadgeAnchor(listing, 'https://prakerja.go.id/pelatihan/canva', 'Canva', page)?.tagName).toBe(
      'H4',
    );
    expect(findBadgeAnchor(listing, 'https://www.prakerja.go.id/pelatihan/word', 'Word', page)?.tagName).toBe(
      'A',
    );
    expect(
      findBadgeAnchor(listing, 'https://www.prakerja.go.id/pelatihan/none', 'None', page),
    ).toBeUndefined();
  });

  it("uses the title heading on the course's own page", () => {
    const detail = parseHtml('<h1>Menu</h1><main><h1>Excel untuk Admin</h1></main>');
    const url = 'https://www.prakerja.go.id/pelatihan/excel';
    expect(findBadgeAnchor(detail, url, 'Excel untuk Admin', url)?.textContent).toBe('Excel untuk Admin');
  });
});
