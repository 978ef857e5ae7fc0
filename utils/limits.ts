/** Upper bounds on anything a page can hand us. Kept free of zod so the content script stays small. */
export const LIMITS = {
  id: 300,
  title: 400,
  shortText: 200,
  url: 2048,
  description: 8000,
  topic: 400,
  topics: 300,
  tags: 20,
  note: 2000,
  /** Courses in one capture message; a page with more sends several (utils/runtime/capture-chunks.ts). */
  coursesPerCapture: 500,
  /** Courses read from one page at most, whatever its layout. */
  coursesPerPage: 5000,
  /**
   * Cards the generic listing heuristic reads on one page: it measures each card's layout, so it stops
   * sooner than structured data does, and a page of tens of thousands of cards still never holds the
   * main thread for long (bench:capture's hostile pages).
   */
  cardsPerListing: 1000,
  tokens: 400,
} as const;

/** Above this a price (in its currency's unit) is junk or an attack, not a course: page, import and CLI alike. */
export const MAX_PRICE = 1e12;
