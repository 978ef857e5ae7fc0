/**
 * The listing layer: the page's repeated records (records.ts), each read by record-fields.ts against
 * what the page around them says (its headings, and texts shared by several courses' records, which
 * name providers, badges and categories, never a course). A course shown twice (a carousel's clones,
 * two shelves) is one course; its second showing only fills what the first lacked.
 */
import { LIMITS } from '../limits';
import { boundedText, isHidden } from './dom';
import { fromPass, toPass } from './pass';
import { NOT_A_CARD, PRICE_HINT, type RecordContext, readRecord } from './record-fields';
import { type FoundRecord, FURNITURE, findRecordSteps, urlTemplate } from './records';
import { cleanText } from './text';
import { normaliseText } from './title-gate';
import { type DropSink, type Extractor, type PartialCourse, runSteps } from './types';

/** Headings outside the records: the page's and its sections' names ("Diskon Besar", "Katalog"). */
function pageHeadings(doc: Document, records: readonly FoundRecord[]): Set<string> {
  const inside = new Set(records.map((record) => record.element));
  const headings = new Set<string>();
  // Tag by tag, a bounded number each: a page of 50,000 card headings costs no more than this.
  for (const tag of ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption']) {
    const list = doc.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(list.length, 120); i += 1) {
      const heading = list[i]!;
      let within = false;
      for (let node: Element | null = heading; node && !within; node = node.parentElement) {
        within = inside.has(node);
      }
      const text = cleanText(boundedText(heading, 200), 200);
      if (!within && text) headings.add(normaliseText(text));
    }
  }
  for (const part of (doc.title ?? '').slice(0, 400).split(/\s+[|–—-]\s+/)) {
    const text = cleanText(part, 200);
    if (text) headings.add(normaliseText(text));
  }
  return headings;
}

/**
 * Unpriced cards that are still a catalogue: at least three courses, each with a picture and a title
 * the gate accepts, whose links follow one URL template (the same path but the last segment, or the
 * same path with another id). Menus and tag clouds have no pictures; article lists live elsewhere.
 */
function catalogueWithoutPrices(readings: { record: FoundRecord; course?: PartialCourse }[]): boolean {
  const keys = new Set(readings.map(({ record }) => record.key));
  if (keys.size < 3 || readings.some(({ course }) => !course)) return false;
  const pictured = readings.filter(({ record }) => record.element.querySelector('img')).length;
  if (pictured < readings.length * 0.8) return false;
  const templates = new Set(
    readings.map(({ record }) => {
      const url = new URL(record.url);
      const path = url.pathname.replace(/\/+$/, '');
      return url.search
        ? `${path}?${[...url.searchParams.keys()].sort().join('&')}`
        : path.replace(/[^/]+$/, '*');
    }),
  );
  return templates.size === 1;
}

/** Whether an element shows a price outside its headings ("Kelas Gratis" names a section). */
function showsPrice(element: Element): boolean {
  const walker = element.ownerDocument.createTreeWalker(element, 4);
  let text = '';
  let count = 0;
  for (let node = walker.nextNode(); node && count < 80 && text.length < 600; node = walker.nextNode()) {
    count += 1;
    if (!node.parentElement?.closest('h1, h2, h3, h4, h5, h6'))
      text += ` ${(node.nodeValue ?? '').slice(0, 120)}`;
  }
  // "<span>Rp</span><span>350.000</span>" reads as one price once the pieces are joined.
  return PRICE_HINT.test(text.replace(/\s+/g, ' '));
}

/** Short texts that appear in the records of two or more different courses. */
function* sharedTextSteps(records: readonly FoundRecord[]): Generator<void, Set<string>, void> {
  const seenIn = new Map<string, string>();
  const shared = new Set<string>();
  let done = 0;
  for (const record of records) {
    if (++done % RECORDS_PER_STEP === 0) yield;
    const walker = record.element.ownerDocument.createTreeWalker(record.element, 4);
    let count = 0;
    for (let node = walker.nextNode(); node && count < 80; node = walker.nextNode(), count += 1) {
      const text = node.nodeValue ?? '';
      if (text.length > 120) continue;
      const norm = normaliseText(text);
      if (norm.length < 2) continue;
      const first = seenIn.get(norm);
      if (first === undefined) seenIn.set(norm, record.key);
      else if (first !== record.key) shared.add(norm);
    }
    for (const image of record.element.querySelectorAll('img[alt]')) {
      const alt = normaliseText(image.getAttribute('alt') ?? '');
      if (!alt) continue;
      const first = seenIn.get(alt);
      if (first === undefined) seenIn.set(alt, record.key);
      else if (first !== record.key) shared.add(alt);
    }
  }
  return shared;
}

export interface Listing {
  courses: PartialCourse[];
  /** The records that became courses: a detail page reads its own facts outside them. */
  elements: Set<Element>;
}

export function readListing(doc: Document, url: URL, drop?: DropSink): PartialCourse[] {
  return listingOf(doc, url, drop).courses;
}

export function listingOf(doc: Document, url: URL, drop?: DropSink): Listing {
  return runSteps(listingSteps(doc, url, drop));
}

/** Records read between two yields. */
const RECORDS_PER_STEP = 40;

/** The page's listing in steps, worked out once per capture pass. */
export function* listingSteps(doc: Document, url: URL, drop?: DropSink): Generator<void, Listing, void> {
  const key = `listing ${url.href}`;
  const known = fromPass<Listing>(doc, key);
  if (known) return known;
  const listing = yield* readListingSteps(doc, url, drop);
  toPass(doc, key, listing);
  return listing;
}

function* readListingSteps(doc: Document, url: URL, drop?: DropSink): Generator<void, Listing, void> {
  // Courses listed here but sold on another site are that site's to capture.
  const elsewhere = new Set<string>();
  const found = yield* findRecordSteps(doc, url, LIMITS.cardsPerListing, (href) => {
    if (drop && !elsewhere.has(href) && elsewhere.size < 20) {
      elsewhere.add(href);
      drop('other site', href);
    }
  });
  const records = found.filter((record) => !record.element.closest(FURNITURE) && !isHidden(record.element));
  if (records.length < 2) return { courses: [], elements: new Set() };
  yield;
  // A heading beside a lone "Lihat Semua" is a section's name, not a card's; a card whose only link
  // is its "Beli" button still shows a price, and its heading is its title.
  const headings = pageHeadings(
    doc,
    records.filter((record) => !record.cta || showsPrice(record.element)),
  );
  yield;
  const context: RecordContext = { headings, shared: yield* sharedTextSteps(records) };
  const readings: ({ record: FoundRecord } & ReturnType<typeof readRecord>)[] = [];
  for (const record of records) {
    if (readings.length % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    readings.push({ record, ...readRecord(record.element, record.link, record.url, context) });
  }
  // A group of records is a listing when its cards show prices: repeated links without one are
  // menus, tag clouds and article lists. "Gratis" is a price. A catalogue that shows no prices at
  // all still reads as one when its cards look like course cards (see catalogueWithoutPrices).
  const priced = new Map<Element | undefined, [number, number]>();
  for (const { record, course } of readings) {
    const tally = priced.get(record.group) ?? [0, 0];
    tally[1] += 1;
    if (course?.price) tally[0] += 1;
    priced.set(record.group, tally);
  }
  for (const [group, tally] of priced) {
    if (tally[0] === 0 && catalogueWithoutPrices(readings.filter(({ record }) => record.group === group))) {
      tally[0] = tally[1];
    }
  }
  const byKey = new Map<string, PartialCourse>();
  const elements = new Set<Element>();
  for (const { record, course, refused } of readings) {
    const known = byKey.get(record.key);
    if (!known && byKey.size >= LIMITS.cardsPerListing) break;
    const [withPrice, all] = priced.get(record.group) ?? [0, 1];
    if (course && withPrice < Math.max(1, all * 0.3)) {
      if (!known) drop?.('no price in its group', course.title ?? '');
      continue;
    }
    if (course && NOT_A_CARD.test(course.title ?? '')) {
      drop?.('balance', course.title ?? '');
      continue;
    }
    if (!course) {
      if (refused && !known) drop?.(refused.reason, refused.text);
      continue;
    }
    elements.add(record.element);
    if (!known) byKey.set(record.key, course);
    else {
      for (const [field, value] of Object.entries(course)) {
        if ((known as Record<string, unknown>)[field] === undefined)
          (known as Record<string, unknown>)[field] = value;
      }
    }
  }
  // One priced block with a link is not a listing: a detail page's buy box looks like that.
  // One course is a listing only when it is another page made like this one (a course page's single
  // "Pelatihan Serupa" card), priced and pictured; a detail page's own buy box is not.
  const template = urlTemplate(url);
  const lone =
    byKey.size === 1 &&
    readings.some(
      ({ record, course }) =>
        course?.price && record.element.querySelector('img') && urlTemplate(new URL(record.url)) === template,
    );
  return byKey.size >= 2 || lone
    ? { courses: [...byKey.values()], elements }
    : { courses: [], elements: new Set() };
}

/** A site adapter's card, read like any record (no page context). */
export function readCard(card: { element: Element; link: Element | undefined; url: string }) {
  return readRecord(card.element, card.link, card.url, { headings: new Set(), shared: new Set() }).course;
}

export const listingExtractor: Extractor = {
  name: 'listing',
  version: 2,
  extract(doc, url, drop) {
    return readListing(doc, url, drop);
  },
  *steps(doc, url, drop) {
    return (yield* listingSteps(doc, url, drop)).courses;
  },
};
