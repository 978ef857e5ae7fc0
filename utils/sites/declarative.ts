/**
 * A site adapter as data: which paths are course pages, selectors for the fields a site shows in a
 * known place, extra label words, and the card selector of its listings. Whatever the selectors miss,
 * the label and card heuristics read, so a redesign degrades an adapter instead of breaking it.
 */

import { pick, pickAll, textOf } from '../extract/dom';
import { type LabelField, readDetailPage, readLabels, readPatterns } from '../extract/labels';
import { readCard } from '../extract/listing';
import { absoluteUrl } from '../extract/text';
import type { Extractor, PartialCourse } from '../extract/types';
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { parseCount } from '../parse/number';
import { readPriceElement } from '../parse/price';
import { parseRating } from '../parse/rating';

type Selectors = readonly string[];

export interface FieldSelectors {
  title?: Selectors;
  provider?: Selectors;
  platform?: Selectors;
  price?: Selectors;
  hours?: Selectors;
  rating?: Selectors;
  mode?: Selectors;
  city?: Selectors;
  level?: Selectors;
  students?: Selectors;
  description?: Selectors;
  /** Containers whose list items are syllabus sessions, objectives or competencies. */
  topics?: Selectors;
}

export interface SiteSpec {
  /** Extractor name in the capture report: the site id. */
  name: string;
  version: number;
  /** Paths of course pages. */
  detailPath?: RegExp;
  /** Paths of course links on listings; the course page paths when not given. */
  coursePath?: RegExp;
  detail?: FieldSelectors;
  labels?: Partial<Record<LabelField, readonly string[]>>;
  cards?: FieldSelectors & { item: string; link?: Selectors };
  /** Currency of prices written without a symbol or of "Free". */
  currency?: string;
}

/** Read the fields a selector table points at, inside `root`. */
export function readSelectors(root: ParentNode, table: FieldSelectors, currency = 'IDR'): PartialCourse {
  const course: PartialCourse = {};
  const title = textOf(pick(root, table.title), LIMITS.title);
  if (title) course.title = title;
  for (const field of ['provider', 'platform', 'city', 'level'] as const) {
    const text = textOf(pick(root, table[field]), LIMITS.shortText);
    if (text) course[field] = text.replace(/^(oleh|by|lembaga pelatihan|lpk)\s*[:：]?\s*/i, '');
  }
  const priceElement = pick(root, table.price);
  if (priceElement) Object.assign(course, readPriceElement(priceElement, currency));
  const hoursText = textOf(pick(root, table.hours));
  if (hoursText) course.hours = parseDuration(hoursText);
  const ratingText = textOf(pick(root, table.rating));
  if (ratingText) Object.assign(course, parseRating(ratingText));
  const modeText = textOf(pick(root, table.mode));
  if (modeText) course.mode = parseMode(modeText);
  const studentsText = textOf(pick(root, table.students));
  if (studentsText) course.students = parseCount(studentsText);
  const description = textOf(pick(root, table.description), LIMITS.description);
  if (description) course.description = description;
  if (table.topics) {
    const topics = table.topics.flatMap((selector) =>
      pickAll(root, selector, 20).flatMap((section) =>
        pickAll(section, 'li', LIMITS.topics).map((item) => textOf(item, LIMITS.topic)),
      ),
    );
    const unique = [...new Set(topics.filter((topic): topic is string => !!topic))];
    if (unique.length) course.topics = unique.slice(0, LIMITS.topics);
  }
  return course;
}

/** Fill `into` with the fields of `from` that it lacks. */
export function fill(into: PartialCourse, from: PartialCourse): PartialCourse {
  for (const [key, value] of Object.entries(from)) {
    if (value !== undefined && (into as Record<string, unknown>)[key] === undefined) {
      (into as Record<string, unknown>)[key] = value;
    }
  }
  return into;
}

function readDetail(spec: SiteSpec, doc: Document, url: URL): PartialCourse | undefined {
  const own = readSelectors(doc, spec.detail ?? {}, spec.currency);
  const body = doc.body;
  if (!body) return undefined;
  // On a known course page, labels need no quorum: the path says it is a course.
  const labelled = readDetailPage(doc, url, { labels: spec.labels, minFields: 0 });
  const course = fill({ ...own, url: url.href }, labelled ?? {});
  if (!labelled) {
    fill(course, readLabels(body, { labels: spec.labels }).fields);
    fill(course, readPatterns(body, doc.querySelector('h1') ?? undefined));
  }
  return course.title ? course : undefined;
}

function readCards(spec: SiteSpec, doc: Document, url: URL): PartialCourse[] {
  const cards = spec.cards;
  if (!cards) return [];
  const courses: PartialCourse[] = [];
  for (const element of pickAll(doc, cards.item, LIMITS.coursesPerPage)) {
    const links = cards.link ? [pick(element, cards.link)] : pickAll(element, 'a[href]', 10);
    if (element.matches('a[href]')) links.unshift(element);
    const link = links.find((candidate) => {
      const href = absoluteUrl(candidate?.getAttribute('href'), url);
      const coursePath = spec.coursePath ?? spec.detailPath;
      return href && (!coursePath || coursePath.test(new URL(href).pathname));
    });
    const href = absoluteUrl(link?.getAttribute('href'), url);
    if (!href) continue;
    const own = readSelectors(element, cards, spec.currency);
    const generic = readCard({ element, link, url: href }) ?? {};
    const course = fill({ ...own, url: href }, generic);
    if (course.title) courses.push(course);
  }
  return courses;
}

/** An extractor from a site table: the course page's record, or the listing's cards. */
export function siteExtractor(spec: SiteSpec): Extractor {
  return {
    name: spec.name,
    version: spec.version,
    extract(doc, url) {
      let courses: PartialCourse[];
      if (spec.detailPath?.test(url.pathname)) {
        const course = readDetail(spec, doc, url);
        courses = course ? [course] : [];
      } else {
        // Cards in no known markup are left to the generic listing heuristic, which runs next.
        courses = readCards(spec, doc, url);
      }
      return courses;
    },
  };
}
