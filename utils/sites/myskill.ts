/**
 * MySkill e-learning and bootcamps (Indonesian).
 * No saved page of this site exists here: the selectors are hints; labels, price patterns and
 * structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const myskillExtractor = siteExtractor({
  name: 'myskill',
  version: 1,
  currency: 'IDR',
  detailPath: /^\/(?:course|e-learning|bootcamp|kelas)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  labels: { topics: ['materi', 'modul', 'yang akan kamu pelajari'] },
  cards: { item: '[class*="course-card"], [class*="CourseCard"]' },
});

/*
 * URL patterns served:
 * https://myskill.id/e-learning
 * https://myskill.id/course/<slug>
 * https://myskill.id/bootcamp/<slug>
 */
