/**
 * Make an extractor's output fit the capture schema without zod (which would triple the content
 * script): clamp text, drop values out of range, keep only web links. The background still
 * validates every message with the real schema; this only ensures a good page is never refused.
 */
import { LIMITS, MAX_PRICE } from '../limits';
import type { CapturedCourse, Mode, Money, Side } from '../model';
import { absoluteUrl, cleanText } from './text';
import type { PartialCourse } from './types';

const MODES = new Set<Mode>(['webinar', 'offline', 'self-paced', 'online', 'blended']);
const SITE_ID = /^[a-z0-9][a-z0-9.-]{0,62}$/;

const inRange = (value: unknown, min: number, max: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;

function money(value: Money | undefined): Money | undefined {
  if (!value || !inRange(value.amount, 0, MAX_PRICE) || !/^[A-Z]{3}$/.test(value.currency ?? ''))
    return undefined;
  return { amount: value.amount, currency: value.currency };
}

function integer(value: unknown, max: number): number | undefined {
  return inRange(value, 0, max) ? Math.round(value) : undefined;
}

/** A capturable course, or undefined when it lacks a title or a web URL. */
export function sanitizeCourse(
  partial: PartialCourse,
  defaults: { site: string; side: Side; url: URL; extractor: string },
): CapturedCourse | undefined {
  const url = absoluteUrl(partial.url ?? defaults.url.href, defaults.url);
  const title = cleanText(partial.title, LIMITS.title);
  const site = partial.site && SITE_ID.test(partial.site) ? partial.site : defaults.site;
  if (!url || !title || !SITE_ID.test(site)) return undefined;
  const topics = (partial.topics ?? [])
    .map((topic) => cleanText(topic, LIMITS.topic))
    .filter((topic): topic is string => topic !== undefined)
    .slice(0, LIMITS.topics);
  const course: CapturedCourse = {
    site,
    side: partial.side === 'prakerja' || partial.side === 'alternative' ? partial.side : defaults.side,
    url,
    title,
    key: cleanText(partial.key, LIMITS.id),
    provider: cleanText(partial.provider, LIMITS.shortText),
    platform: cleanText(partial.platform, LIMITS.shortText),
    price: money(partial.price),
    listPrice: money(partial.listPrice),
    free: typeof partial.free === 'boolean' ? partial.free : undefined,
    hours: inRange(partial.hours, 0.01, 10_000) ? partial.hours : undefined,
    mode: partial.mode && MODES.has(partial.mode) ? partial.mode : undefined,
    city: cleanText(partial.city, LIMITS.shortText),
    address: cleanText(partial.address, LIMITS.shortText),
    schedule: cleanText(partial.schedule, LIMITS.shortText),
    level: cleanText(partial.level, LIMITS.shortText),
    language: cleanText(partial.language, 35),
    rating: inRange(partial.rating, 0, 5) ? partial.rating : undefined,
    ratingCount: integer(partial.ratingCount, 1e9),
    students: integer(partial.students, 1e10),
    certificate: typeof partial.certificate === 'boolean' ? partial.certificate : undefined,
    topics: topics.length ? topics : undefined,
    description: cleanText(partial.description, LIMITS.description),
    imageUrl: partial.imageUrl ? absoluteUrl(partial.imageUrl, defaults.url) : undefined,
    source: 'page',
    extractor: defaults.extractor.slice(0, 80),
  };
  // Leave absent fields out entirely, so messages stay small and merges never overwrite with nothing.
  for (const key of Object.keys(course) as (keyof CapturedCourse)[]) {
    if (course[key] === undefined) delete course[key];
  }
  return course;
}
