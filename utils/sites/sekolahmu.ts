/**
 * Sekolah.mu programmes.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const sekolahmuExtractor = siteExtractor({
  name: 'sekolahmu',
  version: 1,
  detailPath: /^\/(?:program|kelas|prakerja|course)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="program-card"], [class*="ProgramCard"]' },
});

/*
 * URL patterns served:
 * https://www.sekolah.mu/prakerja
 * https://www.sekolah.mu/program/<slug>
 */
