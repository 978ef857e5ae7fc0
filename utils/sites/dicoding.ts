/**
 * Dicoding academies (Indonesian; prices in rupiah, hours as "46 Jam").
 * No saved page of this site exists here: the selectors are hints; labels, price patterns and
 * structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const dicodingExtractor = siteExtractor({
  name: 'dicoding',
  version: 1,
  currency: 'IDR',
  detailPath: /^\/academies\/\d+[^/]*\/?$/i,
  detail: { title: ['h1'], topics: ['#silabus', '[class*="syllabus"]', '[class*="silabus"]'] },
  labels: { hours: ['total jam belajar', 'estimasi waktu'], level: ['level kelas'] },
  cards: { item: '[class*="course-card"], [class*="academy-card"]' },
});

/*
 * URL patterns served:
 * https://www.dicoding.com/academies/list
 * https://www.dicoding.com/academies/<id>
 * https://www.dicoding.com/academies/<id>-<slug>
 */
