/**
 * Udemy. Course pages: JSON-LD [Course, BreadcrumbList] without a price; `data-component-props` with
 * serverSideProps.course (contentLengthVideo in seconds, numStudents, numReviews, rating, objectives);
 * the price arrives later from /api-2.0/course-landing-components/{id}/me/ and is rendered into the
 * sidebar, where the live capture reads it. Listings: cards with hidden data-purpose="seo-*" spans.
 */
import { pick, pickAll, safeJson, textOf } from '../extract/dom';
import { absoluteUrl, cleanText, htmlToText } from '../extract/text';
import type { Extractor, PartialCourse } from '../extract/types';
import { LIMITS } from '../limits';
import type { Money } from '../model';
import { parseDuration, secondsToHours } from '../parse/duration';
import { toNumber } from '../parse/number';
import { readPriceElement, readPriceText } from '../parse/price';
import { parseRating } from '../parse/rating';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const COURSE_PATH = /^\/course\/[^/]+\/?$/;

/** serverSideProps.course from the page's component props. */
function serverCourse(doc: Document): Json | undefined {
  for (const element of pickAll(doc, '[data-component-props]', 40)) {
    const props = safeJson(element.getAttribute('data-component-props'));
    const course =
      isObject(props) && isObject(props.serverSideProps) ? props.serverSideProps.course : undefined;
    if (isObject(course) && typeof course.title === 'string') return course;
  }
  return undefined;
}

function jsonLdCourse(doc: Document): Json | undefined {
  for (const script of pickAll(doc, 'script[type="application/ld+json"]', 10)) {
    const data = safeJson(script.textContent);
    for (const node of Array.isArray(data) ? data : [data]) {
      if (isObject(node) && node['@type'] === 'Course') return node;
    }
  }
  return undefined;
}

const names = (value: unknown): string | undefined => {
  const list = (Array.isArray(value) ? value : [value])
    .map((item) => (isObject(item) ? item.name : undefined))
    .filter((item): item is string => typeof item === 'string');
  return cleanText(list.join(', '), LIMITS.shortText);
};

function readCoursePage(doc: Document, url: URL): PartialCourse | undefined {
  const server = serverCourse(doc) ?? {};
  const ld = jsonLdCourse(doc) ?? {};
  const title =
    textOf(doc.querySelector('h1[data-purpose="lead-title"]'), LIMITS.title) ??
    cleanText(server.title ?? ld.name, LIMITS.title);
  if (!title) return undefined;
  const course: PartialCourse = { title, url: url.href };
  course.provider =
    names(ld.creator) ??
    cleanText(
      pickAll(doc, '[data-purpose="instructor-name-top"] a', 10)
        .map((link) => link.textContent ?? '')
        .join(', '),
      LIMITS.shortText,
    );
  course.hours = secondsToHours(server.contentLengthVideo);
  const rating =
    toNumber(server.rating) ??
    toNumber(isObject(ld.aggregateRating) ? ld.aggregateRating.ratingValue : undefined);
  if (rating !== undefined) course.rating = Math.round(rating * 100) / 100;
  course.ratingCount = toNumber(server.numReviews);
  course.students = toNumber(server.numStudents);
  course.level = cleanText(server.instructionalLevel, LIMITS.shortText);
  course.language = cleanText(ld.inLanguage ?? server.localeSimpleEnglishTitle, 35);
  if (Array.isArray(server.objectives))
    course.topics = server.objectives.filter((item): item is string => typeof item === 'string');
  const description = server.headline ?? ld.description;
  if (typeof description === 'string')
    course.description = cleanText(htmlToText(description, doc), LIMITS.description);
  course.imageUrl = typeof ld.image === 'string' ? absoluteUrl(ld.image, url) : undefined;
  course.mode = 'self-paced';
  const priceBox = pick(doc, [
    '[data-purpose="sidebar-container"] [data-purpose="price-text-container"]',
    '[data-purpose="price-text-container"]',
  ]);
  if (priceBox) Object.assign(course, readPriceElement(priceBox, 'USD'));
  if (server.isPaid === false || ld.isAccessibleForFree === true) {
    course.free = true;
    course.price ??= { amount: 0, currency: 'USD' };
  }
  return course;
}

/** The visible title of a listing card's link, without its screen-reader-only spans. */
function linkTitle(link: Element): string | undefined {
  const copy = link.cloneNode(true) as Element;
  for (const hidden of pickAll(copy, '.ud-sr-only, [class*="sr-only"]', 20)) hidden.remove();
  return cleanText(copy.textContent ?? '', LIMITS.title);
}

function readCards(doc: Document, url: URL): PartialCourse[] {
  const courses: PartialCourse[] = [];
  for (const heading of pickAll(doc, '[data-purpose="course-title-url"]', LIMITS.coursesPerPage)) {
    const link = heading.matches('a[href]') ? heading : heading.querySelector('a[href]');
    const href = absoluteUrl(link?.getAttribute('href'), url);
    if (!link || !href) continue;
    const title = linkTitle(link);
    if (!title) continue;
    const card = heading.closest('[data-purpose="container"]') ?? heading.parentElement ?? heading;
    const seo = (name: string) => textOf(card.querySelector(`[data-purpose="seo-${name}"]`));
    const course: PartialCourse = { title, url: href, mode: 'self-paced' };
    Object.assign(course, parseRating(`${seo('rating') ?? ''} ${seo('num-reviews') ?? ''}`));
    if (course.ratingCount === 0) course.rating = undefined; // "Rating: 0 out of 5" means not rated yet
    course.hours = parseDuration(seo('content-info') ?? '');
    course.level = seo('instructional-level');
    course.description = seo('headline');
    const instructors = textOf(card.querySelector('[data-purpose*="visible-instructors"]'), LIMITS.shortText);
    if (instructors) course.provider = instructors;
    const current = seo('current-price');
    if (current) {
      Object.assign(
        course,
        readPriceText(`${current} ${seo('original-price') ?? ''}`, seo('original-price') ?? '', 'USD'),
      );
    } else {
      const priceBox = card.querySelector('[data-purpose="price-text-container"]');
      if (priceBox) Object.assign(course, readPriceElement(priceBox, 'USD'));
    }
    const image = card.querySelector('img[src]')?.getAttribute('src');
    if (image) course.imageUrl = image;
    courses.push(course);
  }
  return courses;
}

export const udemyExtractor: Extractor = {
  name: 'udemy',
  version: 1,
  extract(doc, url) {
    if (COURSE_PATH.test(url.pathname)) {
      const course = readCoursePage(doc, url);
      return course ? [course] : [];
    }
    return readCards(doc, url);
  },
};

export interface UdemyPrice {
  courseId: number;
  price: Money;
  listPrice?: Money;
  free: boolean;
}

function money(value: unknown): Money | undefined {
  if (!isObject(value)) return undefined;
  const amount = toNumber(value.amount);
  const currency = typeof value.currency === 'string' ? value.currency.toUpperCase() : undefined;
  if (amount === undefined || amount < 0 || !currency || !/^[A-Z]{3}$/.test(currency)) return undefined;
  return { amount, currency };
}

/** The price in a response of /api-2.0/course-landing-components/{id}/me/ (purchase.data.pricing_result). */
export function udemyPriceFromResponse(data: unknown): UdemyPrice | undefined {
  if (!isObject(data) || !isObject(data.purchase) || !isObject(data.purchase.data)) return undefined;
  const purchase = data.purchase.data;
  const result = isObject(purchase.pricing_result) ? purchase.pricing_result : {};
  const price = money(result.price);
  const courseId = toNumber(purchase.course_id ?? (isObject(result.buyable) ? result.buyable.id : undefined));
  if (!price || courseId === undefined) return undefined;
  const listPrice = money(result.list_price) ?? money(purchase.list_price);
  return {
    courseId,
    price,
    listPrice: listPrice && listPrice.amount > price.amount ? listPrice : undefined,
    free: price.amount === 0,
  };
}

/*
 * URL patterns served:
 * https://www.udemy.com/course/<slug>/
 * https://www.udemy.com/topic/python/
 * https://www.udemy.com/courses/development/
 * https://www.udemy.com/courses/search/?q=excel
 */
