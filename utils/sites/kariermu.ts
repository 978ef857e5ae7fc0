/**
 * Karier.mu programmes.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const kariermuExtractor = siteExtractor({
  name: 'kariermu',
  version: 1,
  detailPath: /^\/(?:program|kelas|course|prakerja)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="program-card"], [class*="course-card"]' },
});

/*
 * URL patterns served:
 * https://karier.mu/prakerja
 * https://karier.mu/program/<slug>
 */
