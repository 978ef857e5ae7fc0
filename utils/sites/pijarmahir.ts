/**
 * Pijar Mahir (Telkom Indonesia) courses.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const pijarmahirExtractor = siteExtractor({
  name: 'pijarmahir',
  version: 1,
  detailPath: /^\/(?:course|kelas|pelatihan|product)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="course-card"], [class*="card-course"]' },
});

/*
 * URL patterns served:
 * https://pijarmahir.id/prakerja
 * https://pijarmahir.id/course/<slug>
 */
