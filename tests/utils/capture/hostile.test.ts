/**
 * Pages built to hang the capture finish and still read what they can. (How long each takes is
 * measured by `npm run bench:capture` in Chromium; tests assert behaviour, never timings. Before the
 * fixes these pages did not finish within the test timeout.)
 */
import { describe, expect, it } from 'vitest';
import { capturePage, captureSteps } from '@/utils/capture/pipeline';
import { readLabels } from '@/utils/extract/labels';
import { LIMITS } from '@/utils/limits';
import { extractorsFor } from '@/utils/sites/adapters';
import {
  hugeTitle,
  labelThenSpaces,
  manyCards,
  nestedSyllabus,
  pricesInOneDiv,
} from '../../../scripts/lib/hostile-pages';
import { parseHtml } from '../../capture-helpers';

const capture = (html: string, url: string) => {
  const page = new URL(url);
  return capturePage(parseHtml(html, url), page, extractorsFor(page));
};

describe('hostile pages', () => {
  it('a label followed by 100,000 spaces', () => {
    const doc = parseHtml(labelThenSpaces(100_000), 'https://kursus.example.id/kelas/excel');
    const { fields } = readLabels(doc.body);
    expect(fields.provider).toBe('LPK Angka');
  });

  it('500 nested syllabus sections: the facts, and at most the topic cap', () => {
    const { courses } = capture(nestedSyllabus(500), 'https://kursus.example.id/kelas/data');
    expect(courses[0]).toMatchObject({
      title: 'Pelatihan Data',
      price: { amount: 750_000, currency: 'IDR' },
      hours: 12,
    });
    expect(courses[0]!.topics!.length).toBeLessThanOrEqual(300);
  });

  it('a 100,000-character title is cut, by code point, to the title limit', () => {
    const { courses } = capture(hugeTitle(100_000), 'https://kursus.example.id/kelas/panjang');
    expect(courses).toHaveLength(1);
    expect(courses[0]!.title.length).toBeLessThanOrEqual(400);
    expect(courses[0]!.provider).toBe('LPK Panjang');
  });

  it('5,000 prices in one element are not 5,000 courses', () => {
    const { courses } = capture(pricesInOneDiv(5_000), 'https://kursus.example.id/harga');
    expect(courses.length).toBeLessThanOrEqual(1);
  });

  it("3,000 cards: the listing heuristic's card cap, read by a capture that yields between steps", () => {
    const url = 'https://www.prakerja.go.id/katalog-pelatihan';
    const doc = parseHtml(manyCards(3_000), url);
    const steps = captureSteps(doc, new URL(url), extractorsFor(new URL(url)));
    let yields = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) yields += 1;
    expect(yields).toBeGreaterThan(20);
    expect(next.value.courses).toHaveLength(LIMITS.cardsPerListing);
    expect(next.value.courses[0]).toMatchObject({
      title: 'Pelatihan Nomor 0 untuk Pekerja',
      provider: 'LPK Contoh 0',
      price: { amount: 100_000, currency: 'IDR' },
    });
  }, 60_000);
});
