/**
 * Skill Academy by Ruangguru: sells Prakerja trainings and its own courses.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const skillacademyExtractor = siteExtractor({
  name: 'skillacademy',
  version: 1,
  detailPath: /^\/(?:kursus|course|bundle|prakerja)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="course-card"], [class*="CourseCard"]' },
});

/*
 * URL patterns served:
 * https://skillacademy.com/prakerja
 * https://skillacademy.com/kursus/<slug>
 * https://skillacademy.com/search?keyword=excel
 */
