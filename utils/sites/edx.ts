/**
 * edX course pages and search results.
 * No saved page of this site exists here: the selectors are hints; labels, price patterns and
 * structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const edxExtractor = siteExtractor({
  name: 'edx',
  version: 1,
  currency: 'USD',
  detailPath: /^\/(?:learn\/[^/]+\/[^/]+|course\/[^/]+|professional-certificate\/[^/]+)\/?$/i,
  detail: { title: ['h1'], topics: ['#syllabus', '.syllabus', '[class*="what-you-will-learn"]'] },
  labels: { provider: ['institution', 'school'], hours: ['length', 'effort'] },
  cards: { item: '[class*="discovery-card"], [class*="base-card"]' },
});

/*
 * URL patterns served:
 * https://www.edx.org/learn/<subject>/<org>-<slug>
 * https://www.edx.org/course/<slug>
 * https://www.edx.org/search?q=python
 */
