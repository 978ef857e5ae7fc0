/** The title gate refuses what is never a course's name, and says why. */
import { describe, expect, it } from 'vitest';
import { BY_LINE } from '@/utils/extract/record-fields';
import { fullTitle, refuseTitle, truncatedPrefix } from '@/utils/extract/title-gate';

describe('refuseTitle', () => {
  it.each([
    ['Beli', 'call to action'],
    ['Lihat Semua', 'call to action'],
    ['Lihat Detail ›', 'call to action'],
    ['Muat Lebih Banyak', 'call to action'],
    ['Enroll now', 'call to action'],
    ['Beranda', 'navigation'],
    ['Tentang Kami', 'navigation'],
    ['Diskon 50%', 'badge'],
    ['Terlaris', 'badge'],
    ['Rp 1.500.000', 'price'],
    ['Gratis', 'badge'],
    ['12 Januari 2025', 'date'],
    ['16 JP', 'fact'],
    ['4,8 (1.234 ulasan)', 'fact'],
    ['- LMS', 'fact'],
    ['{{ course.title }}', 'placeholder'],
    ['\u0024{title}', 'placeholder'],
    ['Lembaga Pelatihan', 'label'],
    ['Oleh LPK Maju', 'provider'],
  ])('%s → %s', (text, reason) => {
    expect(refuseTitle(text)).toBe(reason);
  });

  it('refuses the page’s and its sections’ headings and known providers', () => {
    const context = { headings: new Set(['diskon besar']), providers: new Set(['smart work indonesia']) };
    expect(refuseTitle('Diskon Besar', context)).toBe('heading');
    expect(refuseTitle('Smart Work Indonesia', context)).toBe('provider');
  });

  it.each([
    'Dasar-Dasar Membuat Situs Web bagi Calon Pengembang Web',
    'Fundamental UI/UX',
    'Excel untuk Admin Kantor',
    'Free Python Course for Everyone',
    'Strategi Pemasaran Digital: Studi Kasus',
  ])('lets a course name through: %s', (text) => {
    expect(refuseTitle(text)).toBeUndefined();
  });
});

describe('full title over a cut one', () => {
  it('takes the longer text that starts with what is shown', () => {
    expect(truncatedPrefix('Belajar Excel untuk Pe…')).toBe('Belajar Excel untuk Pe');
    expect(
      fullTitle('Belajar Excel untuk Pe…', [undefined, 'Belajar Excel untuk Pegawai Kantor', 'Excel']),
    ).toBe('Belajar Excel untuk Pegawai Kantor');
    expect(fullTitle('Belajar Excel...', ['Kursus lain sama sekali'])).toBe('Belajar Excel...');
  });
});

describe('provider lines', () => {
  it.each([
    ['oleh LPK Maju', 'LPK Maju'],
    ['Diselenggarakan oleh Yayasan Cakap', 'Yayasan Cakap'],
    ['Offered by Example University', 'Example University'],
    ['by: Studio Kreatif', 'Studio Kreatif'],
  ])('%s', (line, name) => {
    expect(BY_LINE.exec(line)?.[1]).toBe(name);
  });
});
