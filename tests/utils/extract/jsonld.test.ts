import { describe, expect, it } from 'vitest';
import { capturePage } from '@/utils/capture/pipeline';
import { jsonLdExtractor } from '@/utils/extract/jsonld';
import { openGraphExtractor } from '@/utils/extract/opengraph';
import { CaptureMessage } from '@/utils/model';
import { parseHtml } from '../../dom';
import { hasSharedData, readShared } from '../../shared-data';

const ld = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
const page = (...blocks: string[]) => parseHtml(`<html><head>${blocks.join('')}</head><body></body></html>`);
const base = new URL('https://www.prakerja.go.id/pelatihan');
/** Structured data alone: the generic pipeline now also runs app state and the heuristics. */
const STRUCTURED = [jsonLdExtractor, openGraphExtractor];

describe.runIf(hasSharedData('pages-udemy-detail'))('JSON-LD on real saved Udemy course pages', () => {
  it('reads the paid course as it shows on the page', () => {
    const url = new URL('https://www.udemy.com/course/b2b-copywriting/');
    const html = readShared('pages-udemy-detail', 'udemy-course-details.html');
    const { courses, report } = capturePage(parseHtml(html, url.href), url, STRUCTURED);
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({
      site: 'udemy',
      side: 'alternative',
      url: 'https://www.udemy.com/course/b2b-copywriting/',
      title: 'Copywriting: B2B Copywriting, Content Writing, Copy Writing',
      provider: 'Dekker Fraser, MBA',
      rating: 4.5,
      ratingCount: 341,
      language: 'en',
      imageUrl: 'https://img-c.udemycdn.com/course/750x422/4016590_5e0e_8.jpg',
    });
    expect(courses[0]?.description).toMatch(/^Copywriting to Get 100s of New B2B Customers/);
    // OpenGraph repeats what JSON-LD said, so it is not credited.
    expect(courses[0]?.extractor).toBe('jsonld@1');
    expect(report.methods).toContain('jsonld');
    expect(CaptureMessage.safeParse({ pageUrl: url.href, courses, report }).success).toBe(true);
  });

  it('reads the free course as free', () => {
    const url = new URL('https://www.udemy.com/course/learn_power_bi_for_free/');
    const html = readShared('pages-udemy-detail', 'free-udemy-course-details.html');
    const [course] = capturePage(parseHtml(html, url.href), url, STRUCTURED).courses;
    expect(course).toMatchObject({
      title: 'Learn Power BI Basics for Free',
      provider: 'Vishal Pawar',
      free: true,
      rating: 4.1,
      ratingCount: 4596,
    });
  });
});

describe('JSON-LD shapes seen in the wild', () => {
  it('reads a Product with an Offer and a struck-through list price', () => {
    const [course] = jsonLdExtractor.extract(
      page(
        ld({
          '@context': 'https://schema.org',
          '@type': 'Product',
          name: 'Digital Marketing untuk Pemula',
          brand: { '@type': 'Brand', name: 'Lembaga Contoh' },
          url: '/pelatihan/digital-marketing',
          offers: {
            '@type': 'Offer',
            price: '1500000',
            priceCurrency: 'IDR',
            priceSpecification: { price: 2000000 },
          },
        }),
      ),
      base,
    );
    expect(course).toMatchObject({
      title: 'Digital Marketing untuk Pemula',
      provider: 'Lembaga Contoh',
      url: 'https://www.prakerja.go.id/pelatihan/digital-marketing',
      price: { amount: 1_500_000, currency: 'IDR' },
      listPrice: { amount: 2_000_000, currency: 'IDR' },
    });
  });

  it('reads a Course with an instance: mode, workload and syllabus', () => {
    const [course] = jsonLdExtractor.extract(
      page(
        ld({
          '@graph': [
            { '@type': 'WebSite', name: 'Contoh' },
            {
              '@type': 'Course',
              name: 'Excel untuk Admin',
              provider: 'LPK Contoh',
              hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'Online', courseWorkload: 'PT15H' },
              syllabusSections: [{ '@type': 'Syllabus', name: 'Rumus dasar' }, { name: 'Pivot table' }],
            },
          ],
        }),
      ),
      base,
    );
    expect(course).toMatchObject({ mode: 'online', hours: 15, topics: ['Rumus dasar', 'Pivot table'] });
  });

  it.each([
    [
      'a Place with a PostalAddress and dates',
      {
        location: {
          '@type': 'Place',
          name: 'Gedung Kopi',
          address: {
            '@type': 'PostalAddress',
            streetAddress: 'Jl. Braga No. 10',
            addressLocality: 'Bandung',
          },
        },
        startDate: '2026-12-01',
        endDate: '2026-12-03',
      },
      { city: 'Bandung', address: 'Jl. Braga No. 10', schedule: '2026-12-01 – 2026-12-03' },
    ],
    [
      'a Place whose address is plain text, one day',
      { location: { '@type': 'Place', address: 'Jl. Braga No. 10, Bandung' }, startDate: '2026-12-01' },
      { address: 'Jl. Braga No. 10, Bandung', schedule: '2026-12-01' },
    ],
  ])('reads where and when an offline instance runs: %s', (_name, instance, expected) => {
    const [course] = jsonLdExtractor.extract(
      page(
        ld({
          '@type': 'Course',
          name: 'Barista Profesional',
          hasCourseInstance: { '@type': 'CourseInstance', courseMode: 'Offline', ...instance },
        }),
      ),
      base,
    );
    expect(course).toMatchObject({ mode: 'offline', ...expected });
  });

  it('reads every course of an ItemList, and skips breadcrumbs', () => {
    const courses = jsonLdExtractor.extract(
      page(
        ld({
          '@type': 'ItemList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, item: { '@type': 'Course', name: 'A', url: '/a' } },
            { '@type': 'ListItem', position: 2, item: { '@type': 'Course', name: 'B', url: '/b' } },
          ],
        }),
        ld({
          '@type': 'BreadcrumbList',
          itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Beranda', item: '/' }],
        }),
      ),
      base,
    );
    expect(courses.map((course) => course.title)).toEqual(['A', 'B']);
  });

  it('survives a broken block next to a good one, and HTML in descriptions stays text', () => {
    const courses = jsonLdExtractor.extract(
      page(
        '<script type="application/ld+json">{ not json</script>',
        ld({ '@type': 'Course', name: 'Baik', description: '<img src=x onerror=alert(1)><b>Tebal</b> teks' }),
      ),
      base,
    );
    expect(courses).toHaveLength(1);
    expect(courses[0]?.description).toBe('Tebal teks');
  });

  it('never lets a javascript: link through', () => {
    const { courses } = capturePage(
      page(ld({ '@type': 'Course', name: 'Jahat', url: 'javascript:alert(1)', image: 'javascript:x' })),
      base,
    );
    expect(courses[0]?.url).toBe(base.href);
    expect(courses[0]?.imageUrl).toBeUndefined();
  });
});
