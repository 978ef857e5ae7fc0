/**
 * The label heuristic for course detail pages: find the words pages put before a value ("Harga",
 * "Durasi", "Lembaga Pelatihan", "Metode", "Materi", "Price", "Duration", ...) and read the value beside
 * them, whatever the markup (dl, table, label/value divs, "Label: value" text, headed sections).
 * Then fill what is still missing from unlabelled patterns near the title: an Rp price, "15 JP",
 * "4,8 (1.234 ulasan)", a delivery-mode word. It relies on words and patterns, never on class names.
 */
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { parseCount } from '../parse/number';
import { readPriceElement, readPriceText, spacedText } from '../parse/price';
import { parseRating } from '../parse/rating';
import { boundedText, contentTextSteps, isHidden, listItems, meta } from './dom';
import { LABELS, type LabelField } from './label-words';
import { listingSteps } from './listing';
import { fromPass, toPass } from './pass';
import { BY_LINE } from './record-fields';
import { cleanText } from './text';
import { fullTitle, refuseTitle } from './title-gate';
import { type Extractor, type PartialCourse, runSteps } from './types';

export type { LabelField };

/** label word → field, longest labels first so "harga normal" beats "harga". */
function labelIndex(extra: Partial<Record<LabelField, readonly string[]>>): Map<string, LabelField> {
  const index = new Map<string, LabelField>();
  for (const table of [extra, LABELS]) {
    for (const [field, words] of Object.entries(table) as [LabelField, readonly string[]][]) {
      for (const word of words ?? []) if (!index.has(word)) index.set(word, field);
    }
  }
  return index;
}

const normaliseLabel = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[:：*]+\s*$/, '')
    .replace(/^[•·\-\s]+/, '')
    .trim()
    .replace(/[’`]/g, "'");

/** Navigation, and search filters ("Rating", "Level", "Duration" facets on a listing), are not course facts. */
const SKIP_REGION =
  'nav, footer, header, aside, form, fieldset, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [class*="filter" i]';

/** Separators between facts on one line ("16 JP · Webinar | 4,8"). */
const SEPARATOR = /\s+[·•|]\s+|\s*[·•|]\s*(?=\p{L})/u;

/**
 * The value written after a label inside the same element ("Harga: <b>Rp 1.500.000</b> · ..."), up to the
 * next separator; undefined when the label stands alone in its element.
 */
function followingText(node: ChildNode): string | undefined {
  if (!node.nextSibling) {
    // "<li><strong>Price:</strong> US$ 49</li>": the label fills its element; the value is the text after it.
    // "<li><b>Biaya:</b> <del>Rp 2 jt</del> Rp 1 jt</li>": an inline label, then a space, then the value.
    const parent = node.parentElement;
    const next = parent?.nextSibling;
    if (!parent || !next || parent.childNodes.length !== 1) return undefined;
    const text = next.nodeType === 3 && /\S/.test(next.nodeValue ?? '');
    const inline =
      /^(B|STRONG|EM|I|SPAN|LABEL|SMALL)$/.test(parent.tagName.toUpperCase()) &&
      next.nodeType === 3 &&
      next.nextSibling !== null;
    return text || inline ? followingText(parent) : undefined;
  }
  const parts: string[] = [];
  for (let next: ChildNode | null = node.nextSibling; next; next = next.nextSibling) {
    // Leading blanks of any length cost one linear pass, never a backtracking split.
    const raw =
      next.nodeType === 1
        ? spacedText(next, 300)
        : (next.nodeValue ?? '').slice(0, 200_000).replace(/^\s+/, ' ').slice(0, 300);
    // Collapsed first, so the separator pattern never meets a run of spaces it could backtrack over.
    const text = raw.replace(/\s+/g, ' ');
    const [before, ...after] = text.split(SEPARATOR);
    parts.push(before ?? '');
    if (after.length || parts.join(' ').length > 300) break;
  }
  return cleanText(parts.join(' '), 300);
}

/**
 * The element holding a label's value: dd after dt, td after th, the next sibling, or the parent's next
 * sibling. An empty value stays empty: a label never borrows the next label's value ("Instruktur" with
 * nothing after it is not "Durasi Pelatihan"), and a value that is itself a label is none.
 */
function valueElement(label: Element, index?: Map<string, LabelField>): Element | undefined {
  let element: Element | null = label;
  const labelLength = boundedText(label, 100).trim().length;
  for (let depth = 0; element && depth < 3; depth += 1) {
    const next = element.nextElementSibling;
    if (next) {
      const text = boundedText(next, 200).trim();
      if (!text) return next.querySelector('img[alt], input, select') ? next : undefined;
      if (index?.has(normaliseLabel(text))) return undefined;
      return next;
    }
    const parent: Element | null = element.parentElement;
    // Only climb while the parent holds nothing but the label (an icon beside it is fine).
    if (!parent || boundedText(parent, labelLength + 20).trim().length > labelLength + 3) break;
    element = parent;
  }
  return undefined;
}

/** Headed sections ("Materi", "What you'll learn"): items from the following siblings up to the next heading. */
function sectionItems(label: Element): string[] {
  const value = valueElement(label);
  if (!value) return [];
  const items = listItems(value);
  if (items.length > 1 || !/^H[1-6]$/.test(label.tagName)) return items;
  const collected: string[] = [...items];
  for (
    let next = value.nextElementSibling;
    next && collected.length < LIMITS.topics;
    next = next.nextElementSibling
  ) {
    if (/^H[1-6]$/.test(next.tagName)) break;
    collected.push(...listItems(next));
  }
  return collected;
}

export interface LabelOptions {
  /** Extra label words for a site. */
  labels?: Partial<Record<LabelField, readonly string[]>>;
  /** Minimum labelled fields before a page counts as a course page. */
  minFields?: number;
  /** Elements whose labels belong to other courses (the records of a carousel). */
  exclude?: ReadonlySet<Element>;
}

/** Whether `element` lies inside one of `set` (a bounded climb). */
export function insideAny(element: Element, set: ReadonlySet<Element> | undefined): boolean {
  if (!set?.size) return false;
  for (
    let node: Element | null = element, depth = 0;
    node && depth < 60;
    node = node.parentElement, depth += 1
  ) {
    if (set.has(node)) return true;
  }
  return false;
}

/** Read labelled fields on a detail page. Returns only the fields found (no title, no URL). */
type LabelReading = { fields: PartialCourse; found: Set<LabelField>; repeats: Map<LabelField, number> };

export function readLabels(root: Element, options: LabelOptions = {}): LabelReading {
  return runSteps(readLabelSteps(root, options));
}

/** Text nodes read between two yields of the label layer. */
const NODES_PER_STEP = 1500;

/** The visible text of the page, walked once per capture pass. */
function* pageTextSteps(root: Element): Generator<void, Text[], void> {
  const doc = root.ownerDocument;
  if (root !== doc.body) return yield* contentTextSteps(root, 20_000, SKIP_REGION);
  const known = fromPass<Text[]>(doc, 'page text');
  if (known) return known;
  const nodes = yield* contentTextSteps(root, 20_000, SKIP_REGION);
  toPass(doc, 'page text', nodes);
  return nodes;
}

export function* readLabelSteps(
  root: Element,
  options: LabelOptions = {},
): Generator<void, LabelReading, void> {
  const index = labelIndex(options.labels ?? {});
  const fields: PartialCourse = {};
  const found = new Set<LabelField>();
  const topics: string[] = [];
  const repeats = new Map<LabelField, number>();
  const take = (
    field: LabelField,
    valueText: string | undefined,
    valueNode: Element | undefined,
    label: Element,
  ) => {
    if (valueText) repeats.set(field, (repeats.get(field) ?? 0) + 1);
    if (!valueText || (found.has(field) && field !== 'topics')) return;
    if (readField(fields, field, valueText, valueNode, label, topics)) found.add(field);
  };
  let topicSections = 0;
  let step = 0;
  for (const node of yield* pageTextSteps(root)) {
    if (++step % NODES_PER_STEP === 0) yield;
    const raw = node.nodeValue ?? '';
    if (raw.length > 300) continue;
    const label = node.parentElement!;
    if (insideAny(label, options.exclude)) continue;
    const text = normaliseLabel(raw);
    const field = text.length <= 60 ? index.get(text) : undefined;
    // Nested syllabus sections repeat their heading: a few sections make the syllabus, not hundreds.
    if (field === 'topics' && (++topicSections > 12 || topics.length >= LIMITS.topics)) continue;
    if (field) {
      const rest = followingText(node);
      if (rest !== undefined) {
        // "Lembaga Pelatihan: <strong>LPK X</strong> · Platform: ...": the value follows in the same line.
        take(field, rest, undefined, label);
        continue;
      }
      const valueNode = valueElement(label, index);
      if (valueNode?.querySelector('input, select')) continue; // a filter facet, not a value
      take(field, valueNode ? cleanText(boundedText(valueNode, 1000), 1000) : undefined, valueNode, label);
      continue;
    }
    // "Harga: Rp 1.500.000", "Durasi: 16 JP · Metode: Webinar": every "Label: value" segment of a line.
    for (const segment of raw.replace(/\s+/g, ' ').split(SEPARATOR)) {
      const colon = /^([^:：]{2,40})\s*[:：]\s*(.+)$/.exec(segment.trim());
      const segmentField = colon ? index.get(normaliseLabel(colon[1]!)) : undefined;
      if (segmentField) take(segmentField, colon![2], undefined, label);
    }
  }
  if (topics.length) fields.topics = [...new Set(topics)].slice(0, LIMITS.topics);
  return { fields, found, repeats };
}

function readField(
  fields: PartialCourse,
  field: LabelField,
  text: string,
  valueNode: Element | undefined,
  label: Element,
  topics: string[],
): boolean {
  switch (field) {
    case 'price':
    case 'listPrice': {
      const reading = valueNode ? readPriceElement(valueNode) : readPriceText(text);
      if (!reading.price) return false;
      if (field === 'listPrice') {
        fields.listPrice = reading.listPrice ?? reading.price;
      } else {
        Object.assign(fields, reading);
      }
      return true;
    }
    case 'hours':
      fields.hours = parseDuration(text);
      return fields.hours !== undefined;
    case 'mode':
      fields.mode = parseMode(text);
      return fields.mode !== undefined;
    case 'rating': {
      const { rating, ratingCount } = parseRating(text);
      if (rating === undefined && ratingCount === undefined) return false;
      fields.rating ??= rating;
      fields.ratingCount ??= ratingCount;
      return true;
    }
    case 'students':
      fields.students = parseCount(text);
      return fields.students !== undefined;
    case 'certificate':
      fields.certificate = !/\b(tidak|tanpa|no|none|not)\b/i.test(text);
      return true;
    case 'topics': {
      const items = valueNode ? sectionItems(label) : [];
      const list = items.length ? items : [text];
      topics.push(
        ...list.map((item) => cleanText(item, LIMITS.topic)).filter((item): item is string => !!item),
      );
      return list.length > 0;
    }
    case 'description':
      fields.description = cleanText(text, LIMITS.description);
      return true;
    default: {
      const value = cleanText(text, LIMITS.shortText);
      if (!value) return false;
      fields[field] = value;
      // "Luring - Kota Bandung": a city line may also name the mode.
      if (field === 'city') fields.mode ??= parseMode(text);
      return true;
    }
  }
}

const SALDO = /\b(saldo|balance|insentif|dompet|wallet|cashback)\b/i;
const RATING_PATTERN =
  /\d[.,]\d\s*(?:\/\s*5)?\s*[(·|•-]?\s*\(?\s*[\d.,]+\s*(?:rb|k)?\s*\+?\s*(?:ulasan|review|reviews|ratings?|penilaian)/i;
const JP_PATTERN = /\b\d{1,3}\s*(?:JP|Jam Pelajaran)\b/i;

/** Unlabelled fields after the title: a JP count, a rating with its count, a mode word. */
export function readPatterns(
  root: Element,
  title: Element | undefined,
  exclude?: ReadonlySet<Element>,
): PartialCourse {
  return runSteps(readPatternSteps(root, title, exclude));
}

export function* readPatternSteps(
  root: Element,
  title: Element | undefined,
  exclude?: ReadonlySet<Element>,
): Generator<void, PartialCourse, void> {
  const fields: PartialCourse = {};
  let afterTitle = !title;
  let step = 0;
  for (const node of yield* pageTextSteps(root)) {
    if (++step % NODES_PER_STEP === 0) yield;
    const element = node.parentElement!;
    if (!afterTitle) {
      if (
        title &&
        (title === element || title.contains(element) || title.compareDocumentPosition(element) & 4)
      ) {
        afterTitle = true;
      } else continue;
    }
    const text = (node.nodeValue ?? '').trim();
    if (text.length > 200 || insideAny(element, exclude)) continue;
    if (fields.hours === undefined && JP_PATTERN.test(text)) fields.hours = parseDuration(text);
    const around =
      element.parentElement && boundedText(element.parentElement, 100).length < 80
        ? element.parentElement
        : element;
    if (fields.rating === undefined && RATING_PATTERN.test(spacedText(around, 200))) {
      const reading = parseRating(spacedText(around, 200));
      fields.rating = reading.rating;
      fields.ratingCount = reading.ratingCount;
    }
    if (fields.mode === undefined && text.length <= 40) fields.mode = parseMode(text);
  }
  return fields;
}

/** Depth of each ancestor of `element` above it (itself 0), for tree distances. */
function ancestorDepths(element: Element): Map<Element, number> {
  const depths = new Map<Element, number>();
  let depth = 0;
  for (let node: Element | null = element; node; node = node.parentElement) depths.set(node, depth++);
  return depths;
}

/** Tree distance from `element` to the element whose ancestor depths are given. */
function distance(element: Element, depths: Map<Element, number>): number {
  let climbs = 0;
  for (let node: Element | null = element; node; node = node.parentElement, climbs += 1) {
    const depth = depths.get(node);
    if (depth !== undefined) return climbs + depth;
    if (climbs > 80) break;
  }
  return Number.POSITIVE_INFINITY;
}

const STRUCK = 's, del, strike, [style*="line-through" i], [class*="strike" i], [class*="line-through" i]';
const PRICE_TEXT = /(?:\b(?:rp\.?|idr|usd|eur)\s?\d|[$€£]\s?\d|\d\s?€|\bgratis\b|^\s*free\s*$)/i;

/**
 * The course's own price on its page: the price block nearest the title in the tree (a buy box may
 * come before the title in the markup), never one inside another course's record or a balance.
 */
export function* nearestPriceSteps(
  root: Element,
  title: Element,
  exclude: ReadonlySet<Element> | undefined,
): Generator<void, PartialCourse, void> {
  const depths = ancestorDepths(title);
  let best: { element: Element; distance: number } | undefined;
  let seen = 0;
  let step = 0;
  for (const node of yield* pageTextSteps(root)) {
    if (++step % NODES_PER_STEP === 0) yield;
    const text = node.nodeValue ?? '';
    if (text.length > 120) continue;
    let element = node.parentElement!;
    if (!PRICE_TEXT.test(text)) {
      // "<span>Rp</span><span>900.000</span>": the symbol alone, the amount beside it.
      const parent = element.parentElement;
      if (!/^\s*(rp\.?|idr|us\$|\$|€|£)\s*$/i.test(text) || !parent) continue;
      if (!PRICE_TEXT.test(spacedText(parent, 120))) continue;
      element = parent;
    }
    if (insideAny(element, exclude)) continue;
    // A struck original is not the price; the block grown around the price still reads it as the list price.
    if (element.closest(STRUCK)) continue;
    if (++seen > 200) break;
    const far = distance(element, depths);
    if (!best || far < best.distance) best = { element, distance: far };
  }
  if (!best) return {};
  let block = best.element;
  while (
    block.parentElement &&
    block.parentElement !== root &&
    boundedText(block.parentElement, 200).trim().length <= 80
  ) {
    block = block.parentElement;
  }
  if (SALDO.test(boundedText(block, 200))) return {};
  const reading = readPriceElement(block);
  return reading.price ? reading : {};
}

/**
 * The provider shown beside the title without a label: a logo whose alt repeats the name next to it
 * (an organisation chip), nearest the title, outside other courses' records; or an "oleh …" line.
 */
export function nearestProvider(
  root: Element,
  title: Element,
  titleText: string,
  exclude: ReadonlySet<Element> | undefined,
): string | undefined {
  const depths = ancestorDepths(title);
  let best: { name: string; distance: number } | undefined;
  const images = root.querySelectorAll('img[alt]');
  for (let i = 0; i < Math.min(images.length, 300); i += 1) {
    const image = images[i]!;
    const alt = cleanText(image.getAttribute('alt'), LIMITS.shortText);
    if (!alt || alt === titleText || insideAny(image, exclude) || image.closest(SKIP_REGION)) continue;
    const holder = image.parentElement;
    const beside = holder ? (cleanText(boundedText(holder, alt.length + 40), 400) ?? '') : '';
    if (!beside.toLowerCase().includes(alt.toLowerCase()) || beside.length > alt.length + 20) continue;
    const far = distance(image, depths);
    if (!best || far < best.distance) best = { name: alt, distance: far };
  }
  if (best && best.distance <= 8) return best.name;
  for (
    let node: Element | null = title.nextElementSibling, i = 0;
    node && i < 4;
    node = node.nextElementSibling, i += 1
  ) {
    const by = BY_LINE.exec(cleanText(boundedText(node, 140), 140) ?? '');
    if (by) return cleanText(by[1], LIMITS.shortText);
  }
  return undefined;
}

/** The page's own title element: the first visible h1 outside other courses' records. */
function titleElement(doc: Document, exclude: ReadonlySet<Element>): Element | undefined {
  const headings = doc.querySelectorAll('h1');
  for (let i = 0; i < Math.min(headings.length, 10); i += 1) {
    const heading = headings[i]!;
    if (isHidden(heading) || insideAny(heading, exclude) || heading.closest(SKIP_REGION)) continue;
    if (refuseTitle(cleanText(boundedText(heading, 500), LIMITS.title)) === undefined) return heading;
  }
  return undefined;
}

/** Everything the label heuristic reads off a detail page, or undefined when it does not look like one. */
export function readDetailPage(
  doc: Document,
  url: URL,
  options: LabelOptions = {},
): PartialCourse | undefined {
  return runSteps(readDetailSteps(doc, url, options));
}

/** readDetailPage in steps: it yields between its passes over the page. */
export function* readDetailSteps(
  doc: Document,
  url: URL,
  options: LabelOptions = {},
): Generator<void, PartialCourse | undefined, void> {
  const body = doc.body;
  if (!body) return undefined;
  const exclude = options.exclude ?? (yield* listingSteps(doc, url)).elements;
  const heading = titleElement(doc, exclude);
  const docTitle = cleanText(
    doc.title
      .slice(0, 1000)
      .replace(/\s+/g, ' ')
      .split(/ [|–—-] /)[0],
    LIMITS.title,
  );
  const ogTitle = cleanText(meta(doc, 'og:title'), LIMITS.title);
  const shown = heading ? cleanText(boundedText(heading, 1000), LIMITS.title) : undefined;
  const raw = shown ?? ogTitle ?? docTitle;
  if (!raw || refuseTitle(raw) !== undefined) return undefined;
  const title = cleanText(
    fullTitle(raw, [heading?.getAttribute('title') ?? undefined, ogTitle, docTitle]),
    LIMITS.title,
  )!;
  yield;
  const { fields, found, repeats } = yield* readLabelSteps(body, { ...options, exclude });
  yield;
  const labelled = [...found].filter((field) => field !== 'description').length;
  if (labelled < (options.minFields ?? 2)) return undefined;
  // The same labels on every card ("Lembaga: …", "Durasi: …" three times and more) make a listing.
  const repeated = [...repeats].filter(([field, count]) => field !== 'topics' && count >= 3).length;
  if (options.minFields !== 0 && repeated >= 2) return undefined;
  const anchor = heading ?? body;
  const patterns = yield* readPatternSteps(body, heading, exclude);
  yield;
  const course: PartialCourse = { title, url: url.href };
  if (!fields.price) Object.assign(course, yield* nearestPriceSteps(body, anchor, exclude));
  if (!fields.provider) course.provider = nearestProvider(body, anchor, title, exclude);
  for (const [key, value] of Object.entries({ ...patterns, ...fields })) {
    if (value !== undefined) (course as Record<string, unknown>)[key] = value;
  }
  return course;
}

export const labelExtractor: Extractor = {
  name: 'labels',
  version: 2,
  extract(doc, url) {
    const course = readDetailPage(doc, url);
    return course ? [course] : [];
  },
  *steps(doc, url) {
    const course = yield* readDetailSteps(doc, url);
    return course ? [course] : [];
  },
};
