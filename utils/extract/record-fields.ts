/**
 * Reading one record (a course card, a carousel item): its title through the title gate (the full one
 * when the shown one is cut), its price block (a struck price is the list price), its provider (a
 * labelled name, "oleh …", a logo whose alt repeats the name beside it, a provider-ish class) and the
 * facts it shows (rating, hours, mode). Every text read is bounded; nothing reads a subtree whole.
 */
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { readPriceElement } from '../parse/price';
import { parseRating } from '../parse/rating';
import { boundedText, hiddenHere } from './dom';
import { LABELS } from './label-words';
import { cleanText } from './text';
import { fullTitle, normaliseText, refuseTitle, type TitleRefusal } from './title-gate';
import type { PartialCourse } from './types';

export const PRICE_HINT =
  /(?:\b(?:rp\.?|idr|usd|eur)\s?\d|[$€£]\s?\d|\d\s?€|\bgratis\b|(?:^|[·•|,–—/])\s*free\s*(?:$|[·•|,–—/]))/i;
const CURRENCY_ONLY = /^\s*(rp\.?|idr|us\$|\$|€|£)\s*$/i;
export const NOT_A_CARD = /\b(saldo|balance|insentif|dompet|wallet|cashback|total belanja|subtotal)\b/i;
const PROVIDER_HINT =
  '[class*="provider" i], [class*="lembaga" i], [class*="lpk" i], [class*="instructor" i], [class*="author" i], [class*="partner" i], [class*="institution" i], [class*="mitra" i], [class*="vendor" i], [class*="merchant" i], [class*="seller" i], [itemprop="provider"], [itemprop="author"]';
const TITLE_CLASS = /title|name|judul|heading/i;
/** Names that begin with an organisation's form are providers ("LPK …", "PT …", "Yayasan …"). */
export const ORG_FORM =
  /^(lpk|lkp|pt|cv|yayasan|lembaga|institut|institute|universitas|university|akademi|academy|politeknik|sekolah tinggi|studio|komunitas|koperasi)\.?\s+\S/i;
const PROVIDER_LABELS = new Set(LABELS.provider);
/** "oleh X", "Diselenggarakan oleh X", "Offered by X": the provider's name after the verb. */
export const BY_LINE =
  /^(?:(?:diselenggarakan|disediakan|dibuat|ditawarkan|dipersembahkan|offered|provided|taught|created|presented)\s+)?(?:oleh|by|dari)\s*:?\s+(.{2,100})$/i;
const LABEL_LINE = /^([^:：]{2,40})\s*[:：]\s*(.{2,120})$/;

/** What the page around a record says: headings and names that are never a course's title. */
export interface RecordContext {
  headings: ReadonlySet<string>;
  /** Texts shown in two or more different courses' records: badges, providers, categories. */
  shared: ReadonlySet<string>;
}

interface Piece {
  element: Element;
  /** The element's own text (its direct text nodes). */
  own: string;
  weight: number;
  inLink: boolean;
}

const MAX_ELEMENTS = 400;
const SKIP_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|BUTTON|SELECT|OPTION|INPUT|TEXTAREA)$/;

function ownText(element: Element): string {
  let text = '';
  for (let child = element.firstChild; child && text.length < 600; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
  }
  return cleanText(text, 600) ?? '';
}

/** The visible elements of a record with their own text, in document order, at most MAX_ELEMENTS. */
function piecesOf(root: Element, link: Element): Piece[] {
  const pieces: Piece[] = [];
  let visited = 0;
  const visit = (element: Element, inLink: boolean, weight: number) => {
    if (visited >= MAX_ELEMENTS || SKIP_TAGS.test(element.tagName.toUpperCase()) || hiddenHere(element))
      return;
    visited += 1;
    const linkHere = inLink || element === link;
    let here = weight;
    if (/^H[1-6]$/i.test(element.tagName)) here = Math.max(here, 6);
    else if (
      TITLE_CLASS.test(element.getAttribute('class') ?? '') ||
      /name|title/i.test(element.getAttribute('itemprop') ?? '')
    )
      here = Math.max(here, 5);
    // The course link's own words name the course it points to (its children do not inherit this).
    pieces.push({
      element,
      own: ownText(element),
      weight: element === link ? Math.max(here, 6) : here,
      inLink: linkHere,
    });
    for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
      visit(child, linkHere, here);
    }
  };
  visit(root, false, 0);
  return pieces;
}

/** The price block: the smallest element holding every price text of the record. */
function priceBlock(pieces: Piece[], root: Element): Element | undefined {
  const prices: Element[] = [];
  for (const piece of pieces) {
    if (!piece.own || piece.own.length > 120) continue;
    if (PRICE_HINT.test(piece.own)) prices.push(piece.element);
    else if (CURRENCY_ONLY.test(piece.own) && piece.element.parentElement) {
      const around = boundedText(piece.element.parentElement, 120);
      if (PRICE_HINT.test(around)) prices.push(piece.element.parentElement);
    }
    if (prices.length >= 6) break;
  }
  if (!prices.length) return undefined;
  let block: Element = prices[0]!;
  for (const other of prices.slice(1)) {
    while (block !== root && !block.contains(other) && block.parentElement) block = block.parentElement;
  }
  // The block grows to hold a struck original written beside the price in a short wrapper.
  while (block !== root && block.parentElement && boundedText(block.parentElement, 200).trim().length <= 80) {
    block = block.parentElement;
  }
  return block;
}

function stripBy(text: string): string {
  return text.replace(/^(oleh|by|dari)\s+/i, '').trim();
}

/** The record's provider: a class that says so, a label, "oleh …", a logo beside its name. */
function providerOf(pieces: Piece[], root: Element, title: string | undefined): string | undefined {
  const clean = (text: string | null | undefined) => {
    const value = cleanText(stripBy(text ?? ''), LIMITS.shortText);
    return value && value !== title && refuseTitle(value) !== 'call to action' ? value : undefined;
  };
  for (const piece of pieces) {
    const own = piece.own;
    if (!own) continue;
    const by = BY_LINE.exec(own);
    if (by) return clean(by[1]);
    const line = LABEL_LINE.exec(own);
    if (line && PROVIDER_LABELS.has(normaliseText(line[1]!))) return clean(line[2]);
    if (PROVIDER_LABELS.has(normaliseText(own))) {
      const next = piece.element.nextElementSibling;
      if (next) return clean(boundedText(next, 120));
    }
  }
  try {
    const hinted = root.querySelector(PROVIDER_HINT);
    if (hinted) {
      const text = clean(boundedText(hinted, 200));
      if (text && refuseTitle(text) !== 'badge') return text;
    }
  } catch {
    // a strange page must not cost the other fields
  }
  // A name in an organisation's form, alone on its line.
  for (const piece of pieces) {
    if (piece.own && piece.own.length <= 100 && ORG_FORM.test(piece.own) && piece.own !== title)
      return clean(piece.own);
  }
  // A logo whose alt text is the name written beside it.
  for (const image of root.querySelectorAll('img[alt]')) {
    const alt = cleanText(image.getAttribute('alt'), LIMITS.shortText);
    if (!alt || alt === title) continue;
    const holder = image.parentElement;
    const beside = holder ? normaliseText(boundedText(holder, alt.length + 40)) : '';
    if (beside.includes(normaliseText(alt)) && beside.length <= alt.length + 20) return alt;
  }
  return undefined;
}

export interface RecordReading {
  course?: PartialCourse;
  refused?: { reason: TitleRefusal; text: string };
}

/** Read one record; a record whose title the gate refuses comes back with the reason instead. */
export function readRecord(
  root: Element,
  link: Element | undefined,
  url: string,
  context: RecordContext,
): RecordReading {
  const pieces = piecesOf(root, link ?? root);
  const gate = { headings: context.headings, providers: context.shared };
  const candidates: { text: string; weight: number }[] = [];
  for (const piece of pieces) {
    if (!piece.own) continue;
    // A heading or a title-ish element may wrap its text in spans: read it whole (bounded).
    const text =
      piece.weight >= 5 && piece.element.children.length
        ? (cleanText(boundedText(piece.element, 500), 500) ?? piece.own)
        : piece.own;
    const words = text.split(' ').length;
    // Emphasis marks a name, <small> a side note (HTML's own meaning); an organisation's form a provider.
    const tag = piece.element.tagName.toUpperCase();
    const emphasis = /^(STRONG|B)$/.test(tag) ? 1 : /^(SMALL|SUB|SUP|FIGCAPTION|CITE)$/.test(tag) ? -1 : 0;
    const weight =
      piece.weight + (piece.inLink ? 2 : 0) + (words >= 3 ? 1 : 0) + emphasis - (ORG_FORM.test(text) ? 3 : 0);
    candidates.push({ text, weight });
  }
  const attributes: string[] = [];
  for (const element of [link, root].filter((item): item is Element => !!item)) {
    for (const name of ['title', 'aria-label']) {
      const value = cleanText(element.getAttribute(name), LIMITS.title);
      if (value) {
        attributes.push(value);
        if (element === link) candidates.push({ text: value, weight: ORG_FORM.test(value) ? 0 : 8 });
      }
    }
  }
  for (const piece of pieces) {
    const element = piece.element;
    const value = cleanText(
      element.getAttribute('title') ?? element.getAttribute('aria-label'),
      LIMITS.title,
    );
    if (value) attributes.push(value);
    if (element.tagName.toUpperCase() === 'IMG') {
      const alt = cleanText(element.getAttribute('alt'), LIMITS.title);
      if (alt) attributes.push(alt);
    }
  }
  for (const text of attributes) candidates.push({ text, weight: ORG_FORM.test(text) ? 0 : 3 });
  let best: { text: string; weight: number } | undefined;
  let refused: { reason: TitleRefusal; text: string } | undefined;
  for (const candidate of candidates) {
    const reason =
      refuseTitle(candidate.text, gate) ??
      (context.shared.has(normaliseText(candidate.text)) ? ('provider' as const) : undefined);
    if (reason) {
      refused ??= { reason, text: candidate.text };
      continue;
    }
    if (!best || candidate.weight > best.weight) best = candidate;
  }
  if (!best) return { refused: refused ?? { reason: 'empty', text: '' } };
  const title = cleanText(fullTitle(best.text, attributes), LIMITS.title)!;
  const course: PartialCourse = { title, url, ...readFacts(pieces) };
  const block = priceBlock(pieces, root);
  if (block && !NOT_A_CARD.test(boundedText(block, 200))) {
    const reading = readPriceElement(block);
    if (reading.price) course.price = reading.price;
    if (reading.listPrice) course.listPrice = reading.listPrice;
    if (reading.free) course.free = true;
  }
  const provider = providerOf(pieces, root, title);
  if (provider && normaliseText(provider) !== normaliseText(title)) course.provider = provider;
  const image = root.querySelector('img[src]')?.getAttribute('src');
  if (image) course.imageUrl = image;
  return { course };
}

/** Rating, hours and mode from the record's short texts. */
function readFacts(pieces: Piece[]): PartialCourse {
  const fields: PartialCourse = {};
  for (const { own: text, element } of pieces) {
    if (!text || text.length > 120) continue;
    if (
      fields.rating === undefined &&
      /^[★⭐☆\s]*\(?\d[.,]\d\b|ulasan|reviews?|ratings?|penilaian/i.test(text)
    ) {
      const around = element.parentElement ? boundedText(element.parentElement, 80) : text;
      const reading = parseRating((around.length < 80 ? around : text).replace(/[★⭐☆]/g, ' '));
      if (reading.rating !== undefined) fields.rating = reading.rating;
      if (reading.ratingCount !== undefined) fields.ratingCount ??= reading.ratingCount;
    } else if (fields.ratingCount === undefined && /^\(\d[\d.,]*\s*(rb|k)?\)$/i.test(text)) {
      fields.ratingCount = parseRating(text).ratingCount;
    }
    if (
      fields.hours === undefined &&
      /\d\s*(total\s+)?(jp|jam|hours?|hrs?|menit|min|minggu|weeks?)\b/i.test(text)
    ) {
      fields.hours = parseDuration(text);
    }
    if (fields.mode === undefined && text.length <= 40) fields.mode = parseMode(text);
  }
  return fields;
}
