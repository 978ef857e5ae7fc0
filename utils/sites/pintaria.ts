/**
 * Pintaria (Prakerja platform and university courses).
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const pintariaExtractor = siteExtractor({
  name: 'pintaria',
  version: 1,
  detailPath: /^\/(?:kelas|kursus|prakerja|course)\/[^/]+(?:\/[^/]+)?\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="course-card"], [class*="CourseCard"]' },
});

/*
 * URL patterns served:
 * https://www.pintaria.com/prakerja
 * https://www.pintaria.com/kelas/<slug>
 * https://www.pintaria.com/prakerja/<slug>
 */
