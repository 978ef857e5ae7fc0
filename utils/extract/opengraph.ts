/** OpenGraph: the fallback when a course page carries no structured data, and a filler for missing fields. */
import { LIMITS } from '../limits';
import { toNumber } from '../parse/number';
import { absoluteUrl, cleanText } from './text';
import type { Extractor, PartialCourse } from './types';

function meta(doc: Document, property: string): string | undefined {
  // Meta tags live in the head: never search a huge body for one that is not there.
  const element = (doc.head ?? doc).querySelector(`meta[property="${property}"], meta[name="${property}"]`);
  return element?.getAttribute('content') ?? undefined;
}

export const openGraphExtractor: Extractor = {
  name: 'opengraph',
  version: 1,
  extract(doc, url) {
    const type = meta(doc, 'og:type') ?? '';
    const amount = toNumber(meta(doc, 'product:price:amount') ?? meta(doc, 'og:price:amount'));
    // Every page has og:title; only course or product pages describe one course.
    if (!/course|product/i.test(type) && amount === undefined) return [];
    const title = cleanText(meta(doc, 'og:title'), LIMITS.title);
    if (!title) return [];
    const course: PartialCourse = {
      title,
      url: absoluteUrl(meta(doc, 'og:url'), url) ?? url.href,
      description: cleanText(meta(doc, 'og:description'), LIMITS.description),
      imageUrl: absoluteUrl(meta(doc, 'og:image'), url),
    };
    if (amount !== undefined && amount >= 0) {
      const currency = (
        meta(doc, 'product:price:currency') ??
        meta(doc, 'og:price:currency') ??
        'IDR'
      ).toUpperCase();
      course.price = { amount, currency };
    }
    return [course];
  },
};
