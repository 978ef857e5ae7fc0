/**
 * Coursera. /learn/ pages carry only FAQPage and BreadcrumbList JSON-LD; the title is the hero h1, the
 * rest (rating, reviews, hours, level, "What you'll learn", modules) is read from labels and patterns.
 * No saved page of this site exists here: the selectors are hints; labels, price patterns and
 * structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const courseraExtractor = siteExtractor({
  name: 'coursera',
  version: 1,
  currency: 'USD',
  detailPath: /^\/(?:learn|specializations|professional-certificates|projects)\/[^/]+\/?$/i,
  detail: {
    title: ['h1', '[data-e2e="hero-title"]'],
    topics: ['[data-e2e="what-you-will-learn"]', '#modules', '[data-e2e="syllabus"]'],
  },
  labels: {
    provider: ['offered by', 'instructor:', 'taught by'],
    hours: ['to complete', 'approx.', 'flexible schedule'],
  },
  cards: { item: '[data-testid="product-card-cds"], li.cds-9, [class*="ProductCard"]' },
});

/*
 * URL patterns served:
 * https://www.coursera.org/learn/<slug>
 * https://www.coursera.org/specializations/<slug>
 * https://www.coursera.org/professional-certificates/<slug>
 * https://www.coursera.org/search?query=python
 */
