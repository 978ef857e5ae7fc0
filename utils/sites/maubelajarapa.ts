/**
 * Mau Belajar Apa classes.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const maubelajarapaExtractor = siteExtractor({
  name: 'maubelajarapa',
  version: 1,
  detailPath: /^\/(?:kelas|course|prakerja|class)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="class-card"], [class*="course-card"]' },
});

/*
 * URL patterns served:
 * https://www.maubelajarapa.com/prakerja
 * https://www.maubelajarapa.com/kelas/<slug>
 */
