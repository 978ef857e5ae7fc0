/**
 * The data model: every type in Bandingin is derived from these zod schemas.
 * Page content is untrusted, so every string and list has a hard upper bound here;
 * extractors clamp to these limits before sending, the background refuses anything beyond them.
 */
import { z } from 'zod';
import { isPlainWebUrl, withoutCredentials } from './course-keys';
import { LIMITS, MAX_PRICE } from './limits';

const shortText = z.string().trim().min(1).max(LIMITS.shortText);

/**
 * Only web links: never `javascript:`, `data:` or anything else a page could smuggle in; and never
 * kept with the `user:pass@` a link can carry.
 */
export const webUrl = z
  .string()
  .max(LIMITS.url)
  .refine((value) => {
    if (isPlainWebUrl(value)) return true; // the common case, without the browser's URL parser
    try {
      const { protocol } = new URL(value);
      return protocol === 'https:' || protocol === 'http:';
    } catch {
      return false;
    }
  }, 'must be an http(s) URL')
  .transform(withoutCredentials);

export const Currency = z.string().regex(/^[A-Z]{3}$/, 'ISO 4217 code such as IDR or USD');

/** Money in the currency's usual unit: whole rupiah for IDR, dollars (with cents) for USD. */
export const Money = z.object({
  amount: z.number().finite().nonnegative().max(MAX_PRICE),
  currency: Currency,
});
export type Money = z.infer<typeof Money>;

export const Side = z.enum(['prakerja', 'alternative']);
export type Side = z.infer<typeof Side>;

export const Mode = z.enum(['webinar', 'offline', 'self-paced', 'online', 'blended']);
export type Mode = z.infer<typeof Mode>;

export const Source = z.enum(['page', 'network', 'import']);
export type Source = z.infer<typeof Source>;

/** The fields a page, a network response or an import can tell us about a course. */
export const CourseFields = z.object({
  site: z.string().regex(/^[a-z0-9][a-z0-9.-]{0,62}$/, 'site id such as udemy or prakerja'),
  side: Side,
  /** Every page has one; an imported catalogue row may not. */
  url: webUrl.optional(),
  title: z.string().trim().min(1).max(LIMITS.title),
  provider: shortText.optional(),
  platform: shortText.optional(),
  price: Money.optional(),
  listPrice: Money.optional(),
  free: z.boolean().optional(),
  hours: z.number().finite().positive().max(10_000).optional(),
  mode: Mode.optional(),
  city: shortText.optional(),
  /** Where an offline course meets, as the page writes it. */
  address: shortText.optional(),
  /** When it runs ("Sabtu, 09.00–15.00 WIB", "1–3 Desember 2026"), as the page writes it. */
  schedule: shortText.optional(),
  level: shortText.optional(),
  language: z.string().max(35).optional(),
  rating: z.number().finite().min(0).max(5).optional(),
  ratingCount: z.number().int().nonnegative().max(1e9).optional(),
  students: z.number().int().nonnegative().max(1e10).optional(),
  certificate: z.boolean().optional(),
  topics: z.array(z.string().trim().min(1).max(LIMITS.topic)).max(LIMITS.topics).optional(),
  description: z.string().max(LIMITS.description).optional(),
  imageUrl: webUrl.optional(),
});
export type CourseFields = z.infer<typeof CourseFields>;

/** What an extractor hands over: the fields plus the site's own key, if the page shows one. */
export const CapturedCourse = CourseFields.extend({
  url: webUrl,
  key: z.string().trim().min(1).max(LIMITS.id).optional(),
  source: Source.default('page'),
  extractor: z.string().max(80),
});
export type CapturedCourse = z.infer<typeof CapturedCourse>;
export type CapturedCourseInput = z.input<typeof CapturedCourse>;

/** A row of an imported catalogue: its key (id column or row number) always, its URL if it has one. */
export const ImportedCourse = CourseFields.extend({
  key: z.string().trim().min(1).max(LIMITS.id),
  source: z.literal('import'),
  extractor: z.string().max(80),
});
export type ImportedCourse = z.infer<typeof ImportedCourse>;

/** Anything that can be stored: captured from a page or imported from a file. */
export type IncomingCourse = CapturedCourse | ImportedCourse;

/** A stored course. `id` is `site:key`, the key being the site's own id or the canonical path. */
export const Course = CourseFields.extend({
  id: z.string().min(3).max(LIMITS.id),
  firstSeen: z.number().int().nonnegative(),
  lastSeen: z.number().int().nonnegative(),
  source: Source,
  extractor: z.string().max(80),
  tokens: z.array(z.string().max(80)).max(LIMITS.tokens),
  /**
   * The course's number in the match index (utils/library/match-index.ts), derived: a course whose
   * tokens or side change gets a new one. A restore or a re-index gives every course a new one.
   */
  ord: z.number().int().nonnegative().optional(),
  /** When the current price was first seen; earlier prices are snapshots (utils/library/price-history.ts). */
  priceSince: z.number().int().nonnegative().optional(),
  /**
   * Derived sort keys for the library's indexes (utils/course-keys.ts sortKeys): the price in whole rupiah,
   * the hours and the folded title. An unknown price or duration is UNKNOWN_KEY, so every course sits
   * in every sort index and the unknown ones come last.
   */
  sortPrice: z.number().optional(),
  sortHours: z.number().optional(),
  sortTitle: z.string().max(LIMITS.title).optional(),
});
export type Course = z.infer<typeof Course>;

export const PriceSnapshot = z.object({
  courseId: z.string().max(LIMITS.id),
  at: z.number().int().nonnegative(),
  amount: z.number().finite().nonnegative(),
  currency: Currency,
});
export type PriceSnapshot = z.infer<typeof PriceSnapshot>;

export const Shortlist = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(120),
  createdAt: z.number().int().nonnegative(),
  /** Position among the user's shortlists. */
  order: z.number().finite(),
});
export type Shortlist = z.infer<typeof Shortlist>;

export const ShortlistItem = z.object({
  shortlistId: z.string().min(1).max(64),
  courseId: z.string().max(LIMITS.id),
  note: z.string().max(LIMITS.note).default(''),
  tags: z.array(z.string().trim().min(1).max(40)).max(LIMITS.tags).default([]),
  addedAt: z.number().int().nonnegative(),
  order: z.number().finite().default(0),
});
export type ShortlistItem = z.infer<typeof ShortlistItem>;

/** A user's word on a pair of courses; `a` is the Prakerja side. It overrides the engine. */
export const Verdict = z.object({
  a: z.string().max(LIMITS.id),
  b: z.string().max(LIMITS.id),
  same: z.boolean(),
  at: z.number().int().nonnegative(),
});
export type Verdict = z.infer<typeof Verdict>;

export const Language = z.enum(['id', 'en']);
export type Language = z.infer<typeof Language>;

export const CurrencyRate = z.object({
  /** Rupiah for one unit of the currency. */
  idr: z.number().positive().finite(),
  /** When the user (or the defaults) stated this rate, as YYYY-MM-DD. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type CurrencyRate = z.infer<typeof CurrencyRate>;

export const PRAKERJA_BALANCE_IDR = 3_500_000;

/** Rates until the user states their own. */
export const DEFAULT_RATES: Record<string, CurrencyRate> = {
  USD: { idr: 16_000, date: '2026-11-01' },
  EUR: { idr: 18_500, date: '2026-11-01' },
};

export const Settings = z.object({
  balance: z.number().int().nonnegative().max(1e12).default(PRAKERJA_BALANCE_IDR),
  rates: z.record(Currency, CurrencyRate).default(() => structuredClone(DEFAULT_RATES)),
  /** Sites switched off by the user; everything else captures. */
  disabledSites: z.array(z.string().max(64)).max(200).default([]),
  language: Language.optional(),
});
export type Settings = z.infer<typeof Settings>;

/** Which fields each extraction method found: the capture report the popup shows. */
export const CaptureReport = z.object({
  methods: z.array(z.string().max(80)).max(20),
  fields: z.array(z.string().max(40)).max(40),
  courseCount: z.number().int().nonnegative(),
});
export type CaptureReport = z.infer<typeof CaptureReport>;

/** The one message a content script sends: what it captured on a page. */
export const CaptureMessage = z.object({
  pageUrl: webUrl,
  courses: z.array(CapturedCourse).max(LIMITS.coursesPerCapture),
  report: CaptureReport,
});
export type CaptureMessage = z.infer<typeof CaptureMessage>;
export type CaptureMessageInput = z.input<typeof CaptureMessage>;
