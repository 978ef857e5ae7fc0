/**
 * Mutated DOM: remove, shuffle and duplicate random nodes of every fixture, inject hostile strings;
 * no extractor may throw, and every capture must pass the background's schema.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENERIC_EXTRACTORS } from '@/utils/extract/generic';
import { SITE_EXTRACTORS } from '@/utils/sites/adapters';
import { captureDoc, parseHtml, readFixture } from '../../capture-helpers';

const PAGES: [string, string][] = [
  ['prakerja/listing-cards.html', 'https://www.prakerja.go.id/katalog-pelatihan'],
  ['prakerja/listing-unknown-classes.html', 'https://www.prakerja.go.id/katalog-pelatihan'],
  ['prakerja/detail-labels.html', 'https://www.prakerja.go.id/pelatihan/dm'],
  ['prakerja/detail-offline-table.html', 'https://www.prakerja.go.id/pelatihan/barista'],
  ['prakerja/detail-next-data.html', 'https://www.prakerja.go.id/pelatihan/excel'],
  ['udemy/detail.html', 'https://www.udemy.com/course/the-complete-excel-course/'],
  ['udemy/listing.html', 'https://www.udemy.com/courses/search/'],
  ['tokopedia/listing.html', 'https://www.tokopedia.com/kartu-prakerja'],
  ['coursera/detail.html', 'https://www.coursera.org/learn/python-data'],
];

const HOSTILE = [
  'x'.repeat(1_000_000),
  'javascript:alert(1)',
  'Rp 99999999999999999',
  '<img src=x onerror=alert(1)>',
  '\u0000\u202e\u200b',
  '{"title":',
  '4,8 (99999999999999999999 ulasan)',
  '9'.repeat(400),
];

const mutation = fc.record({
  removals: fc.array(fc.nat(), { maxLength: 8 }),
  shuffles: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
  injections: fc.array(
    fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE), fc.constantFrom('text', 'href', 'json')),
    {
      maxLength: 4,
    },
  ),
});

type Plan = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(doc: Document, plan: Plan) {
  const all = () => [...doc.body.querySelectorAll('*')];
  for (const index of plan.removals) {
    const nodes = all();
    if (nodes.length) nodes[index % nodes.length]!.remove();
  }
  for (const [a, b] of plan.shuffles) {
    const nodes = all();
    if (nodes.length < 2) continue;
    const moved = nodes[a % nodes.length]!;
    const target = nodes[b % nodes.length]!;
    if (!moved.contains(target)) target.parentElement?.insertBefore(moved, target);
  }
  for (const [index, text, kind] of plan.injections) {
    const nodes = all();
    const node = nodes[index % Math.max(nodes.length, 1)];
    if (!node) continue;
    if (kind === 'href') node.setAttribute('href', text);
    else if (kind === 'json') {
      const script = doc.createElement('script');
      script.type = 'application/ld+json';
      script.textContent = `{"@type":"Course","name":${JSON.stringify(text.slice(0, 100_000))},"url":"javascript:alert(1)","offers":{"price":"${text.slice(0, 50)}"}}`;
      node.appendChild(script);
    } else node.textContent = text;
  }
}

describe('mutated DOM', () => {
  it.each(PAGES)('%s: no extractor throws; output always passes the schema', (file, url) => {
    const html = readFixture(file);
    fc.assert(
      fc.property(mutation, (plan) => {
        const doc = parseHtml(html, url);
        mutate(doc, plan);
        for (const extractor of [...Object.values(SITE_EXTRACTORS), ...GENERIC_EXTRACTORS]) {
          expect(() => extractor.extract(doc, new URL(url))).not.toThrow();
        }
        captureDoc(doc, url); // checks CapturedCourse.safeParse on every course
      }),
      { numRuns: 15 },
    );
  });
});

describe('hostile content is clamped', () => {
  it('megabyte titles, javascript: links and absurd prices', () => {
    const huge = 'A'.repeat(1_000_000);
    const html = `<!doctype html><html><body><main><h1>${huge}</h1>
      <div><span>Harga</span><span>Rp 99999999999999999</span></div>
      <div><span>Durasi</span><span>99999999 JP</span></div>
      <ul>${Array.from({ length: 3 }, (_, i) => `<li><a href="javascript:alert(${i})"><h3>Kelas ${i}</h3></a><span>Rp 100.000</span></li>`).join('')}
      <li><a href="https://www.prakerja.go.id/pelatihan/ok"><h3>${huge}</h3></a><span>Rp 100.000</span></li>
      <li><a href="/pelatihan/ok2"><h3>Kelas Aman</h3></a><span>Rp 99999999999999999</span></li></ul></main></body></html>`;
    const { courses } = captureDocFrom(html, 'https://www.prakerja.go.id/pelatihan/x');
    for (const course of courses) {
      expect(course.title.length).toBeLessThanOrEqual(400);
      expect(course.url).toMatch(/^https:/);
      expect(course.price?.amount ?? 0).toBeLessThanOrEqual(1e12);
      expect(course.hours ?? 0).toBeLessThanOrEqual(10_000);
    }
    expect(courses.some((course) => course.url.includes('javascript'))).toBe(false);
  });
});

function captureDocFrom(html: string, url: string) {
  return captureDoc(parseHtml(html, url), url);
}
