/** schema.org microdata: itemscope Course/Product (with offers and aggregateRating) and ItemList entries. */
import { LIMITS } from '../limits';
import { parseIsoDuration } from '../parse/duration';
import { toNumber } from '../parse/number';
import { parseRating } from '../parse/rating';
import { boundedText, pickAll } from './dom';
import { absoluteUrl, cleanText } from './text';
import type { Extractor, PartialCourse } from './types';

const COURSE = /schema\.org\/(Course|Product|EducationalOccupationalProgram|CourseInstance)$/i;

/** The itemprop elements that belong to `scope` itself, not to a nested itemscope. */
function props(scope: Element, name: string): Element[] {
  return pickAll(scope, `[itemprop~="${name}"]`, 50).filter(
    (element) => element.parentElement?.closest('[itemscope]') === scope,
  );
}

function value(element: Element | undefined): string | undefined {
  if (!element) return undefined;
  const attribute =
    element.getAttribute('content') ??
    (/^(A|LINK)$/.test(element.tagName) ? element.getAttribute('href') : null) ??
    (/^(IMG|SOURCE)$/.test(element.tagName) ? element.getAttribute('src') : null) ??
    (element.tagName === 'META' ? null : boundedText(element, 2000));
  return attribute ?? undefined;
}

function readScope(scope: Element, page: URL): PartialCourse | undefined {
  const one = (name: string) => value(props(scope, name)[0]);
  const title = cleanText(one('name'), LIMITS.title);
  if (!title) return undefined;
  const course: PartialCourse = { title };
  course.url = absoluteUrl(one('url'), page);
  course.description = cleanText(one('description'), LIMITS.description);
  course.imageUrl = absoluteUrl(one('image'), page);
  const provider = props(scope, 'provider')[0] ?? props(scope, 'brand')[0] ?? props(scope, 'author')[0];
  if (provider) {
    const named = provider.hasAttribute('itemscope') ? props(provider, 'name')[0] : provider;
    course.provider = cleanText(value(named), LIMITS.shortText);
  }
  const offer = props(scope, 'offers')[0];
  if (offer) {
    const amount = toNumber(value(props(offer, 'price')[0]) ?? value(props(offer, 'lowPrice')[0]));
    const currency = cleanText(value(props(offer, 'priceCurrency')[0]), 3)?.toUpperCase() ?? 'IDR';
    if (amount !== undefined && amount >= 0) {
      course.price = { amount, currency };
      if (amount === 0) course.free = true;
    }
  }
  const rating = props(scope, 'aggregateRating')[0];
  if (rating) {
    const ratingValue = toNumber(value(props(rating, 'ratingValue')[0]));
    const best = toNumber(value(props(rating, 'bestRating')[0])) ?? 5;
    if (ratingValue !== undefined && best > 0) course.rating = Math.round((ratingValue / best) * 500) / 100;
    const count = value(props(rating, 'ratingCount')[0]) ?? value(props(rating, 'reviewCount')[0]);
    if (count) course.ratingCount = parseRating(`(${count.trim()})`).ratingCount;
  }
  const workload = one('timeRequired') ?? one('courseWorkload');
  if (workload) course.hours = parseIsoDuration(workload);
  return course;
}

export const microdataExtractor: Extractor = {
  name: 'microdata',
  version: 1,
  extract(doc, url) {
    const courses: PartialCourse[] = [];
    for (const scope of pickAll(doc, '[itemscope][itemtype]', LIMITS.coursesPerPage)) {
      const type = scope.getAttribute('itemtype') ?? '';
      if (COURSE.test(type)) {
        const course = readScope(scope, url);
        if (course) courses.push(course);
      } else if (/schema\.org\/ListItem$/i.test(type)) {
        // Entries of an ItemList (not of a BreadcrumbList) that name a linked course.
        const list = scope.parentElement?.closest('[itemscope]');
        if (!list || !/schema\.org\/ItemList$/i.test(list.getAttribute('itemtype') ?? '')) continue;
        if (scope.querySelector('[itemscope][itemtype]')) continue; // the nested Course is read itself
        const course = readScope(scope, url);
        if (course?.url) courses.push(course);
      }
    }
    return courses;
  },
};
