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
import { listItems, mainHeading, meta, textNodes } from './dom';
import { LABELS, type LabelField } from './label-words';
import { cleanText } from './text';
import type { Extractor, PartialCourse } from './types';

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
    const parent = node.parentElement;
    const next = parent?.nextSibling;
    if (
      !parent ||
      !next ||
      next.nodeType !== 3 ||
      !/\S/.test(next.nodeValue ?? '') ||
      parent.childNodes.length !== 1
    ) {
      return undefined;
    }
    return followingText(parent);
  }
  const parts: string[] = [];
  for (let next: ChildNode | null = node.nextSibling; next; next = next.nextSibling) {
    const text = next.nodeType === 1 ? spacedText(next, 300) : (next.nodeValue ?? '');
    const [before, ...after] = text.split(SEPARATOR);
    parts.push(before ?? '');
    if (after.length || parts.join(' ').length > 300) break;
  }
  return cleanText(parts.join(' '), 300);
}

/** The element holding a label's value: dd after dt, td after th, the next sibling, or the parent's next sibling. */
function valueElement(label: Element): Element | undefined {
  let element: Element | null = label;
  for (let depth = 0; element && depth < 3; depth += 1) {
    const next = element.nextElementSibling;
    if (next && (next.textContent ?? '').trim()) return next;
    const parent: Element | null = element.parentElement;
    // Only climb while the parent holds nothing but the label (an icon beside it is fine).
    if (!parent || (parent.textContent ?? '').trim().length > (label.textContent ?? '').trim().length + 3)
      break;
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
}

/** Read labelled fields on a detail page. Returns only the fields found (no title, no URL). */
export function readLabels(
  root: Element,
  options: LabelOptions = {},
): { fields: PartialCourse; found: Set<LabelField>; repeats: Map<LabelField, number> } {
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
  for (const node of textNodes(root, 20_000)) {
    const raw = node.nodeValue ?? '';
    if (raw.length > 300) continue;
    const label = node.parentElement!;
    if (label.closest(SKIP_REGION)) continue;
    const text = normaliseLabel(raw);
    const field = text.length <= 60 ? index.get(text) : undefined;
    if (field) {
      const rest = followingText(node);
      if (rest !== undefined) {
        // "Lembaga Pelatihan: <strong>LPK X</strong> · Platform: ...": the value follows in the same line.
        take(field, rest, undefined, label);
        continue;
      }
      const valueNode = valueElement(label);
      if (valueNode?.querySelector('input, select')) continue; // a filter facet, not a value
      take(field, cleanText(valueNode?.textContent ?? '', 1000), valueNode, label);
      continue;
    }
    // "Harga: Rp 1.500.000", "Durasi: 16 JP · Metode: Webinar": every "Label: value" segment of a line.
    for (const segment of raw.split(SEPARATOR)) {
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

/** Unlabelled fields after the title: the first price, a JP count, a rating with its count, a mode word. */
export function readPatterns(root: Element, title: Element | undefined): PartialCourse {
  const fields: PartialCourse = {};
  let afterTitle = !title;
  for (const node of textNodes(root, 20_000)) {
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
    if (text.length > 200 || element.closest(SKIP_REGION)) continue;
    if (!fields.price && /(rp|idr|\$|€|£|gratis|free)/i.test(text)) {
      const block = element.parentElement ?? element;
      const blockText = block.textContent ?? '';
      if (blockText.length < 160 && !SALDO.test(blockText)) {
        const reading = readPriceElement(block);
        if (reading.price) Object.assign(fields, reading);
      }
    }
    if (fields.hours === undefined && JP_PATTERN.test(text)) fields.hours = parseDuration(text);
    const around =
      element.parentElement && (element.parentElement.textContent ?? '').length < 80
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

/** Everything the label heuristic reads off a detail page, or undefined when it does not look like one. */
export function readDetailPage(
  doc: Document,
  url: URL,
  options: LabelOptions = {},
): PartialCourse | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const title =
    mainHeading(doc) ??
    cleanText(meta(doc, 'og:title'), LIMITS.title) ??
    // "Judul Pelatihan | Prakerja": the document title without the site's name.
    cleanText(doc.title.split(/\s+[|–—-]\s+/)[0], LIMITS.title);
  if (!title) return undefined;
  const { fields, found, repeats } = readLabels(body, options);
  const labelled = [...found].filter((field) => field !== 'description').length;
  if (labelled < (options.minFields ?? 2)) return undefined;
  // The same labels on every card ("Lembaga: …", "Durasi: …" three times and more) make a listing.
  const repeated = [...repeats].filter(([field, count]) => field !== 'topics' && count >= 3).length;
  if (options.minFields !== 0 && repeated >= 2) return undefined;
  const heading = doc.querySelector('h1') ?? undefined;
  const patterns = readPatterns(body, heading);
  const course: PartialCourse = { title, url: url.href };
  for (const [key, value] of Object.entries({ ...patterns, ...fields })) {
    if (value !== undefined) (course as Record<string, unknown>)[key] = value;
  }
  return course;
}

export const labelExtractor: Extractor = {
  name: 'labels',
  version: 1,
  extract(doc, url) {
    const course = readDetailPage(doc, url);
    return course ? [course] : [];
  },
};
