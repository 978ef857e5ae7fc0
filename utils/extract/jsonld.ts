/**
 * schema.org JSON-LD: Course, Product with Offer(s), and ItemList of either.
 * Tolerates what real pages ship: arrays, @graph, string numbers, HTML in descriptions, broken blocks.
 */
import { LIMITS } from '../limits';
import type { Mode } from '../model';
import { parseIsoDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { toNumber } from '../parse/number';
import { absoluteUrl, cleanText, htmlToText } from './text';
import type { Extractor, PartialCourse } from './types';

type Json = Record<string, unknown>;

const COURSE_TYPES = new Set(['course', 'product', 'educationalcourse', 'courseinstance']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function types(node: Json): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.toLowerCase());
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function nameOf(value: unknown): string | undefined {
  const node = first(value);
  if (typeof node === 'string') return cleanText(node, LIMITS.shortText);
  if (isObject(node)) return cleanText(node.name, LIMITS.shortText);
  return undefined;
}

/** A CourseInstance's Place: the city from its PostalAddress, the street (or a plain address). */
function readPlace(course: PartialCourse, place: unknown): void {
  const address = isObject(place) ? first(place.address) : undefined;
  if (isObject(address)) {
    course.city = cleanText(first(address.addressLocality), LIMITS.shortText) ?? nameOf(address);
    course.address = cleanText(first(address.streetAddress), LIMITS.shortText);
  } else if (typeof address === 'string') {
    course.address = cleanText(address, LIMITS.shortText);
  }
}

/** Flatten blocks, arrays and @graph into the nodes that could be courses or lists of them. */
function* walk(value: unknown, depth = 0): Generator<Json> {
  if (depth > 6) return;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 1000)) yield* walk(item, depth + 1);
  } else if (isObject(value)) {
    yield value;
    if (Array.isArray(value['@graph'])) yield* walk(value['@graph'], depth + 1);
  }
}

function readOffer(offers: unknown): Pick<PartialCourse, 'price' | 'listPrice' | 'free'> {
  const offer = first(offers);
  if (!isObject(offer)) return {};
  const amount = toNumber(offer.price ?? offer.lowPrice);
  const currency = typeof offer.priceCurrency === 'string' ? offer.priceCurrency.trim().toUpperCase() : 'IDR';
  if (amount === undefined || amount < 0) return {};
  const result: Pick<PartialCourse, 'price' | 'listPrice' | 'free'> = { price: { amount, currency } };
  const spec = first(offer.priceSpecification);
  const listAmount = isObject(spec) ? toNumber(spec.price) : undefined;
  if (listAmount !== undefined && listAmount > amount) result.listPrice = { amount: listAmount, currency };
  if (amount === 0) result.free = true;
  return result;
}

function readMode(value: unknown): Mode | undefined {
  return parseMode(typeof value === 'string' ? value : Array.isArray(value) ? value.join(' ') : '');
}

function readTopics(node: Json): string[] | undefined {
  const raw = [node.syllabusSections, node.teaches, node.hasPart].flatMap((value) =>
    Array.isArray(value) ? value : value === undefined ? [] : [value],
  );
  const topics = raw
    .map((item) => (isObject(item) ? (item.name ?? item.description) : item))
    .map((item) => cleanText(item, LIMITS.topic))
    .filter((item): item is string => item !== undefined);
  return topics.length ? topics.slice(0, LIMITS.topics) : undefined;
}

function readCourse(node: Json, doc: Document, base: URL): PartialCourse | undefined {
  const title = cleanText(node.name, LIMITS.title);
  if (!title) return undefined;
  const course: PartialCourse = { title };
  course.url = absoluteUrl(node.url ?? node['@id'], base);
  course.provider = nameOf(node.provider) ?? nameOf(node.brand) ?? nameOf(node.creator);
  if (typeof node.description === 'string') {
    course.description = cleanText(htmlToText(node.description, doc), LIMITS.description);
  }
  Object.assign(course, readOffer(node.offers));
  if (node.isAccessibleForFree === true || node.isAccessibleForFree === 'true') course.free = true;
  const rating = first(node.aggregateRating);
  if (isObject(rating)) {
    const value = toNumber(rating.ratingValue);
    const best = toNumber(rating.bestRating) ?? 5;
    if (value !== undefined && best > 0) course.rating = Math.round((value / best) * 5 * 100) / 100;
    const count = toNumber(rating.ratingCount ?? rating.reviewCount);
    if (count !== undefined) course.ratingCount = Math.round(count);
  }
  const image = first(node.image);
  course.imageUrl = absoluteUrl(isObject(image) ? image.url : image, base);
  course.language = cleanText(first(node.inLanguage), 35);
  course.level = cleanText(first(node.educationalLevel), LIMITS.shortText);
  const instance = first(node.hasCourseInstance);
  if (isObject(instance)) {
    course.mode = readMode(instance.courseMode);
    const workload = instance.courseWorkload;
    if (typeof workload === 'string') course.hours = parseIsoDuration(workload);
    readPlace(course, first(instance.location));
    const [start, end] = [instance.startDate, instance.endDate].map((date) => cleanText(first(date), 40));
    course.schedule = start && end && end !== start ? `${start} – ${end}` : start;
  }
  course.topics = readTopics(node);
  return course;
}

export const jsonLdExtractor: Extractor = {
  name: 'jsonld',
  version: 1,
  extract(doc, url) {
    const courses: PartialCourse[] = [];
    for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
      let data: unknown;
      try {
        data = JSON.parse(script.textContent ?? '');
      } catch {
        continue; // a broken block must not hide the others
      }
      for (const node of walk(data)) {
        const nodeTypes = types(node);
        if (nodeTypes.some((type) => COURSE_TYPES.has(type))) {
          const course = readCourse(node, doc, url);
          if (course) courses.push(course);
        } else if (nodeTypes.includes('itemlist') && Array.isArray(node.itemListElement)) {
          for (const element of node.itemListElement.slice(0, LIMITS.coursesPerPage)) {
            const item = isObject(element) && isObject(element.item) ? element.item : element;
            if (!isObject(item)) continue;
            const itemTypes = types(item);
            if (itemTypes.some((type) => COURSE_TYPES.has(type)) || itemTypes.includes('listitem')) {
              const course = readCourse(item, doc, url);
              // A ListItem with only a name is a breadcrumb or a menu entry, not a course.
              if (
                course?.url &&
                (itemTypes.length === 0 || !itemTypes.includes('listitem') || course.price)
              ) {
                courses.push(course);
              }
            }
          }
        }
      }
    }
    return courses;
  },
};
