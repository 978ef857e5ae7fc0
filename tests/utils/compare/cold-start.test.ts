import { describe, expect, it } from 'vitest';
import { englishKeywords, indonesianKeywords, searchLinks } from '@/utils/compare/cold-start';

describe('cold-start searches', () => {
  it.each([
    [
      'Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis',
      ['desain', 'grafis', 'adobe', 'photoshop'],
    ],
    ['Digital Marketing untuk Pemula', ['digital', 'marketing']],
    ['Pelatihan Microsoft Excel bagi Staf Administrasi', ['microsoft', 'excel']],
  ])('keeps the subject of %s in Indonesian', (title, expected) => {
    expect(indonesianKeywords(title)).toEqual(expect.arrayContaining(expected));
    expect(indonesianKeywords(title)).not.toContain('untuk');
  });

  it('turns an Indonesian title into English concept keywords', () => {
    const keywords = englishKeywords('Membuat Desain Grafis Adobe Photoshop untuk Menjadi Perancang Grafis');
    expect(keywords.join(' ')).toMatch(/photoshop/);
    expect(keywords.join(' ')).toMatch(/graphic design/);
  });

  it('offers one search per alternative site, English where the site is English, encoded', () => {
    const links = searchLinks('Pemasaran Digital untuk UMKM');
    expect(links.map((link) => link.site)).toEqual([
      'udemy',
      'coursera',
      'edx',
      'dicoding',
      'skillacademy',
      'youtube',
    ]);
    const udemy = links.find((link) => link.site === 'udemy')!;
    expect(udemy.query).toMatch(/marketing/);
    expect(udemy.url).toBe(`https://www.udemy.com/courses/search/?q=${encodeURIComponent(udemy.query)}`);
    for (const link of links) expect(new URL(link.url).protocol).toBe('https:');
  });

  it('offers nothing for a title with no words', () => {
    expect(searchLinks('2024 !!!')).toEqual([]);
  });
});
