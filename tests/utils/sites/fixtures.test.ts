/**
 * Every site on hand-made fixtures in two layouts (a listing and a course page), plus Prakerja in five,
 * one of them with generated class names. Expected values are the ones written into each fixture.
 */
import { describe, expect, it } from 'vitest';
import type { PartialCourse } from '@/utils/extract/types';
import { captureDoc, captureFixture, parseHtml, readFixture } from '../../capture-helpers';

/**
 * What the two hand-made templates per side write into every site's fixtures (see each fixture's first
 * line): a listing with three cards and a course page. Only the title, the URLs and the provider
 * differ from site to site.
 */
const PRAKERJA_SIDE = {
  card: {
    price: { amount: 750000, currency: 'IDR' },
    listPrice: { amount: 1500000, currency: 'IDR' },
    hours: 15,
    mode: 'webinar',
    rating: 4.8,
    ratingCount: 1234,
  },
  page: (site: string): PartialCourse => ({
    price: { amount: 1000000, currency: 'IDR' },
    listPrice: { amount: 2000000, currency: 'IDR' },
    hours: 2.5,
    mode: 'self-paced',
    rating: 4.7,
    ratingCount: 320,
    provider: `LPK Contoh ${site[0]!.toUpperCase()}${site.slice(1)}`,
    students: 12345,
    topics: ['Pengenalan', 'Praktik dasar', 'Studi kasus'],
  }),
} satisfies Template;

const ALTERNATIVE_SIDE = {
  card: {
    price: { amount: 19.99, currency: 'USD' },
    listPrice: { amount: 89.99, currency: 'USD' },
    hours: 8.5,
    rating: 4.6,
    ratingCount: 12345,
  },
  page: () => ({
    price: { amount: 49, currency: 'USD' },
    hours: 20,
    rating: 4.7,
    ratingCount: 5321,
    provider: 'Example University',
    level: 'Beginner',
    topics: ['Read data with Python', 'Clean and reshape tables', 'Plot results'],
  }),
} satisfies Template;

interface Template {
  card: PartialCourse;
  page: (site: string) => PartialCourse;
}

/** site, its template, the course title both layouts show, the listing URL, the course page URL */
const SITE_FIXTURES: [string, Template, string, string, string][] = [
  [
    'tokopedia',
    PRAKERJA_SIDE,
    'Public Speaking Percaya Diri',
    'https://www.tokopedia.com/kartu-prakerja',
    'https://www.tokopedia.com/kartu-prakerja/pelatihan/public-speaking-percaya-diri',
  ],
  [
    'bukalapak',
    PRAKERJA_SIDE,
    'Desain Grafis Canva',
    'https://www.bukalapak.com/kartu-prakerja',
    'https://www.bukalapak.com/kartu-prakerja/pelatihan/desain-grafis-canva',
  ],
  [
    'pintaria',
    PRAKERJA_SIDE,
    'Akuntansi Dasar Umkm',
    'https://www.pintaria.com/prakerja',
    'https://www.pintaria.com/kelas/akuntansi-dasar-umkm',
  ],
  [
    'sekolahmu',
    PRAKERJA_SIDE,
    'Menjadi Content Creator',
    'https://www.sekolah.mu/prakerja',
    'https://www.sekolah.mu/program/menjadi-content-creator',
  ],
  [
    'pijarmahir',
    PRAKERJA_SIDE,
    'Teknisi Jaringan Komputer',
    'https://pijarmahir.id/prakerja',
    'https://pijarmahir.id/course/teknisi-jaringan-komputer',
  ],
  [
    'maubelajarapa',
    PRAKERJA_SIDE,
    'Membuat Kue Kering',
    'https://www.maubelajarapa.com/prakerja',
    'https://www.maubelajarapa.com/kelas/membuat-kue-kering',
  ],
  [
    'kariermu',
    PRAKERJA_SIDE,
    'Customer Service Profesional',
    'https://karier.mu/prakerja',
    'https://karier.mu/program/customer-service-profesional',
  ],
  [
    'skillacademy',
    PRAKERJA_SIDE,
    'Microsoft Excel Dasar',
    'https://skillacademy.com/search',
    'https://skillacademy.com/kursus/microsoft-excel-dasar',
  ],
  [
    'dicoding',
    PRAKERJA_SIDE,
    'Belajar Dasar Pemrograman Web',
    'https://www.dicoding.com/academies/list',
    'https://www.dicoding.com/academies/86-belajar-dasar-pemrograman-web',
  ],
  [
    'myskill',
    PRAKERJA_SIDE,
    'Data Analysis Fundamental',
    'https://myskill.id/e-learning',
    'https://myskill.id/course/data-analysis-fundamental',
  ],
  [
    'coursera',
    ALTERNATIVE_SIDE,
    'Python Data',
    'https://www.coursera.org/search',
    'https://www.coursera.org/learn/python-data',
  ],
  [
    'edx',
    ALTERNATIVE_SIDE,
    'Harvard Cs50 S Introduction To Programming With Python',
    'https://www.edx.org/search',
    'https://www.edx.org/learn/python/harvard-cs50-s-introduction-to-programming-with-python',
  ],
  [
    'udemy',
    ALTERNATIVE_SIDE,
    'The Complete Excel Course',
    'https://www.udemy.com/courses/search/',
    'https://www.udemy.com/course/the-complete-excel-course/',
  ],
  [
    'classcentral',
    ALTERNATIVE_SIDE,
    'Python Data',
    'https://www.classcentral.com/subject/data-science',
    'https://www.classcentral.com/course/python-data-4174',
  ],
];

const SITES: [string, string, number, PartialCourse][] = SITE_FIXTURES.flatMap(
  ([site, template, title, listing, detail]) => [
    [`${site}/listing.html`, listing, 3, { title, ...template.card }],
    [`${site}/detail.html`, detail, 1, { title, ...template.page(site) }],
  ],
);

describe('site fixtures, two layouts each', () => {
  it.each(SITES)('%s', (file, url, count, expected) => {
    const { courses, report } = captureFixture(file, url);
    expect(courses).toHaveLength(count);
    expect(courses.find((course) => course.title === expected.title)).toMatchObject(expected);
    expect(report.courseCount).toBe(count);
  });

  it('does not take a balance banner for a course', () => {
    const { courses } = captureFixture('tokopedia/listing.html', 'https://www.tokopedia.com/kartu-prakerja');
    expect(courses.some((course) => /saldo/i.test(course.title))).toBe(false);
  });

  it('names the platform on the sites that sell Prakerja trainings', () => {
    const { courses } = captureFixture('pintaria/listing.html', 'https://www.pintaria.com/prakerja');
    expect(courses.every((course) => course.platform === 'Pintaria' && course.side === 'prakerja')).toBe(
      true,
    );
  });
});

describe('Prakerja in five layouts', () => {
  const listing = 'https://www.prakerja.go.id/katalog-pelatihan';

  it('a card listing: each course once (carousel repeat), no balance banner', () => {
    const { courses } = captureFixture('prakerja/listing-cards.html', listing);
    expect(courses.map((course) => course.title)).toEqual([
      'Digital Marketing untuk UMKM',
      'Menjadi Barista Profesional',
      'Microsoft Excel untuk Staf Administrasi',
    ]);
    expect(courses[0]).toMatchObject({
      site: 'prakerja',
      side: 'prakerja',
      url: 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-umkm',
      provider: 'Lembaga Pelatihan Maju Jaya',
      price: { amount: 750_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
      hours: 15,
      mode: 'webinar',
      rating: 4.8,
      ratingCount: 1234,
    });
    expect(courses[1]).toMatchObject({ mode: 'offline', hours: 20, provider: 'LPK Kopi Nusantara' });
    expect(courses[2]).toMatchObject({ mode: 'self-paced', hours: 16, price: { amount: 350_000 } });
  });

  it('a listing with generated class names: read from prices, links and text alone', () => {
    const { courses } = captureFixture('prakerja/listing-unknown-classes.html', listing);
    expect(courses).toHaveLength(2);
    expect(courses[0]).toMatchObject({
      title: 'Teknik Fotografi Produk untuk Jualan Online',
      provider: 'LPK Lensa Kreatif',
      price: { amount: 1_000_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
      hours: 18,
      mode: 'webinar',
      rating: 4.7,
      ratingCount: 530,
    });
    expect(courses[1]).toMatchObject({ title: 'Pengelolaan Keuangan UMKM', price: { amount: 600_000 } });
  });

  it('a course page as a definition list: the full record with syllabus', () => {
    const url = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-umkm';
    const { courses } = captureFixture('prakerja/detail-labels.html', url);
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({
      url,
      title: 'Digital Marketing untuk UMKM',
      provider: 'Lembaga Pelatihan Maju Jaya',
      platform: 'Tokopedia',
      price: { amount: 750_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
      hours: 15,
      mode: 'webinar',
      rating: 4.8,
      ratingCount: 1234,
      certificate: true,
    });
    expect(courses[0]!.topics).toEqual(
      expect.arrayContaining([
        'Sesi 1: Pengantar pemasaran digital',
        'Sesi 4: Iklan berbayar',
        'M.702090.001.01 Menyusun rencana pemasaran digital',
      ]),
    );
  });

  it('an offline course page as a table with unlabelled prices and "Label: value" lines', () => {
    const { courses } = captureFixture(
      'prakerja/detail-offline-table.html',
      'https://www.prakerja.go.id/pelatihan/barista',
    );
    expect(courses[0]).toMatchObject({
      title: 'Menjadi Barista Profesional',
      provider: 'LPK Kopi Nusantara',
      platform: 'Pintaria',
      price: { amount: 1_200_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
      hours: 20,
      mode: 'offline',
      city: 'Bandung',
      address: 'Jl. Braga No. 10, Bandung',
      schedule: 'Sabtu, 09.00–15.00 WIB',
      rating: 4.6,
      ratingCount: 87,
      topics: ['Pengenalan biji kopi', 'Teknik espresso', 'Latte art dasar'],
    });
  });

  it('a page whose data is only in __NEXT_DATA__', () => {
    const { courses, report } = captureFixture(
      'prakerja/detail-next-data.html',
      'https://www.prakerja.go.id/pelatihan/excel',
    );
    expect(courses[0]).toMatchObject({
      title: 'Microsoft Excel untuk Staf Administrasi',
      provider: 'Skill Academy',
      price: { amount: 350_000, currency: 'IDR' },
      listPrice: { amount: 500_000, currency: 'IDR' },
      hours: 16,
      mode: 'self-paced',
      rating: 4.9,
      ratingCount: 2310,
      topics: ['Dasar-dasar Excel', 'Rumus dan fungsi', 'Pivot table'],
    });
    expect(report.methods).toContain('app-state');
  });

  it.each([
    ['prakerja/detail-labels.html', 'https://www.prakerja.go.id/program/xyz-123'],
    ['prakerja/detail-offline-table.html', 'https://kursus.example.id/kelas/barista'],
  ])('%s at a path (or host) no adapter knows: the label heuristic still reads it', (file, url) => {
    const { courses } = captureFixture(file, url);
    // The page's own course (a priced "other trainings" link may be captured beside it, as it should).
    const course = courses.find((item) => item.url === url);
    expect(course?.price).toBeDefined();
    expect(course?.hours).toBeGreaterThan(0);
    expect(course?.provider).toBeDefined();
    expect(course?.topics?.length).toBeGreaterThan(0);
  });

  it('a listing at a host no adapter knows keeps only its own courses, and says why', () => {
    const { courses, dropped } = captureFixture(
      'prakerja/listing-unknown-classes.html',
      'https://kursus.example.id/cari',
    );
    // The cards link to prakerja.go.id: those courses are Prakerja's to capture, not this page's.
    expect(courses).toHaveLength(0);
    expect(dropped).toContainEqual(
      expect.objectContaining({ reason: 'other site', text: expect.stringContaining('prakerja.go.id') }),
    );
    // On its own site the same listing is read by structure alone.
    const own = captureFixture('prakerja/listing-unknown-classes.html', 'https://www.prakerja.go.id/cari');
    expect(own.courses).toHaveLength(2);
    expect(own.courses[0]).toMatchObject({
      site: 'prakerja',
      side: 'prakerja',
      title: 'Teknik Fotografi Produk untuk Jualan Online',
    });
  });

  it('inline "Label: value · Label: value" lines, with and without the JSON-LD beside them', () => {
    const url = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
    const expected = {
      title: 'Digital Marketing untuk Pemula',
      provider: 'Lembaga Pelatihan Maju Digital',
      platform: 'Contoh Platform',
      price: { amount: 1_500_000, currency: 'IDR' },
      listPrice: { amount: 1_750_000, currency: 'IDR' },
      hours: 16,
      mode: 'webinar',
      rating: 4.8,
      ratingCount: 1234,
      topics: [
        'Dasar pemasaran digital',
        'Media sosial dan konten',
        'Iklan berbayar dan SEO',
        'Email marketing',
      ],
    };
    expect(captureFixture('pages/prakerja-course-digital-marketing.html', url).courses[0]).toMatchObject(
      expected,
    );
    const doc = parseHtml(readFixture('pages/prakerja-course-digital-marketing.html'), url);
    for (const script of doc.querySelectorAll('script')) script.remove();
    const { courses, report } = captureDoc(doc, url);
    expect(courses[0]).toMatchObject(expected);
    expect(report.methods).toEqual(['prakerja']);
  });
});
