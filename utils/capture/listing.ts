/**
 * The listing heuristic: repeated cards that each hold a link, a title and a price. It starts from the
 * prices (text such as "Rp 1.500.000", "Gratis", "$19.99"), grows each price into the largest element
 * that holds no other card's price, and reads the card: link, title, struck original, rating, hours,
 * mode, provider. Banners ("Saldo Rp3.500.000") are not cards. It needs no class names.
 */
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { readPriceElement, spacedText } from '../parse/price';
import { parseRating } from '../parse/rating';
import { pickAll, textNodes } from './dom';
import { absoluteUrl, cleanText } from './text';
import type { Extractor, PartialCourse } from './types';

// "Free" counts only as a fact of its own ("Free", "Free · Beginner", "Beginner | Free"), never
// inside a title or a sales line ("Free Python Course", "Start free trial").
const PRICE_HINT =
  /(?:\b(?:rp\.?|idr|usd|eur)\s?\d|[$€£]\s?\d|\d\s?€|\bgratis\b|(?:^|[·•|,–—/])\s*free\s*(?:$|[·•|,–—/]))/i;
const CURRENCY_ONLY = /^\s*(rp\.?|idr|us\$|\$|€|£)\s*$/i;
const NOT_A_CARD = /\b(saldo|balance|insentif|dompet|wallet|cashback|total belanja|subtotal)\b/i;
const PROVIDER_HINT =
  '[class*="provider" i], [class*="lembaga" i], [class*="lpk" i], [class*="instructor" i], [class*="author" i], [class*="partner" i], [class*="institution" i], [class*="mitra" i], [class*="vendor" i], [class*="merchant" i], [class*="seller" i]';
/** Lines that describe a course rather than name it. */
const SIDE_LINE =
  /^(oleh|by|lpk|lembaga|durasi|duration|\d|★|rating)|\b(jp|ulasan|reviews?|jam pelajaran)\b/i;
const TITLE_HINT =
  'h1, h2, h3, h4, h5, h6, [itemprop="name"], [class*="title" i], [class*="name" i], [class*="judul" i]';

function isCourseLink(link: Element, page: URL): string | undefined {
  const href = link.getAttribute('href');
  if (!href || href.startsWith('#') || href.length > LIMITS.url) return undefined;
  const url = absoluteUrl(href, page);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (parsed.pathname === '/' || (parsed.pathname === page.pathname && parsed.host === page.host))
    return undefined;
  return url;
}

/** Count price text nodes per ancestor, so a card can grow until it would swallow a neighbour's price. */
function priceCounts(priceElements: Element[], stop: Element): Map<Element, number> {
  const counts = new Map<Element, number>();
  for (const element of priceElements) {
    for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
      counts.set(node, (counts.get(node) ?? 0) + 1);
    }
  }
  return counts;
}

function titleOf(card: Element, link: Element | undefined): string | undefined {
  const candidates = [...pickAll(card, TITLE_HINT, 20)];
  if (link) candidates.push(link);
  for (const element of candidates) {
    const text = cleanText(spacedText(element, 1000), 1000);
    if (
      text &&
      text.length >= 3 &&
      /\p{L}{2}/u.test(text) &&
      text.length <= LIMITS.title &&
      !PRICE_HINT.test(text)
    ) {
      return text;
    }
  }
  // No heading and a link around the whole card: the first line that reads like a title.
  for (const node of textNodes(card, 60)) {
    const line = cleanText(node.nodeValue ?? '', 1000) ?? '';
    if (
      line.length >= 8 &&
      line.length <= LIMITS.title &&
      /\p{L}{3}/u.test(line) &&
      !PRICE_HINT.test(line) &&
      !SIDE_LINE.test(line)
    ) {
      return line;
    }
  }
  const alt = card.querySelector('img[alt]')?.getAttribute('alt');
  const text = cleanText(alt, LIMITS.title);
  return text && text.length >= 3 ? text : undefined;
}

export interface ListingCard {
  element: Element;
  link: Element | undefined;
  url: string;
}

/** The cards of a listing page, one per price block, with their course link. */
export function findCards(doc: Document, page: URL, limit = LIMITS.coursesPerPage): ListingCard[] {
  const body = doc.body;
  if (!body) return [];
  // Price blocks: the smallest element around each price text, grown while it stays a short text.
  const blocks: Element[] = [];
  const seen = new Set<Element>();
  for (const node of textNodes(body, 100_000)) {
    const text = node.nodeValue ?? '';
    if (text.length > 120) continue;
    let block = node.parentElement!;
    if (!PRICE_HINT.test(text)) {
      // "<span>Rp</span><span>1.500.000</span>": the symbol alone, the amount beside it.
      if (
        !CURRENCY_ONLY.test(text) ||
        !block.parentElement ||
        !PRICE_HINT.test(spacedText(block.parentElement, 120))
      )
        continue;
      block = block.parentElement;
    }
    while (
      block.parentElement &&
      block.parentElement !== body &&
      (block.parentElement.textContent ?? '').length <= 60
    ) {
      block = block.parentElement;
    }
    if (!seen.has(block)) {
      seen.add(block);
      blocks.push(block);
    }
  }
  const counts = priceCounts(blocks, body);
  const cards: ListingCard[] = [];
  for (const block of blocks) {
    if (cards.length >= limit) break;
    let card = block;
    const own = counts.get(block) ?? 1;
    for (let depth = 0; depth < 12; depth += 1) {
      const parent: Element | null = card.parentElement;
      if (!parent || parent === body || (counts.get(parent) ?? 0) > own) break;
      card = parent;
    }
    if (NOT_A_CARD.test(block.textContent ?? '') || (card.textContent ?? '').length > 3000) continue;
    const enclosing = card.closest('a[href]') ?? undefined;
    const links = enclosing ? [enclosing] : pickAll(card, 'a[href]', 20);
    const courseLinks = links.filter((link) => isCourseLink(link, page));
    if (!courseLinks.length || new Set(courseLinks.map((link) => link.getAttribute('href'))).size > 6)
      continue;
    // The title link: the one around or inside a heading, else the one with the most text.
    const link =
      courseLinks.find(
        (item) => item.querySelector('h1, h2, h3, h4, h5, h6') || item.closest('h1, h2, h3, h4, h5, h6'),
      ) ?? [...courseLinks].sort((a, b) => (b.textContent ?? '').length - (a.textContent ?? '').length)[0];
    const url = link && isCourseLink(link, page);
    if (url) cards.push({ element: enclosing ?? card, link, url });
  }
  return cards;
}

/** Whatever a card says beyond its title and price: rating, hours, mode, provider. */
export function readCardDetails(card: Element): PartialCourse {
  const fields: PartialCourse = {};
  for (const node of textNodes(card, 200)) {
    const text = (node.nodeValue ?? '').trim();
    const parentText = node.parentElement?.textContent ?? text;
    if (text.length > 120) continue;
    if (
      fields.rating === undefined &&
      /^[★⭐☆\s]*\(?\d[.,]\d\b|ulasan|reviews?|ratings?|penilaian/i.test(text)
    ) {
      const reading = parseRating(parentText.length < 80 ? parentText.replace(/[★⭐☆]/g, ' ') : text);
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
    if (
      fields.provider === undefined &&
      /^(lpk|lembaga pelatihan|oleh|by)\s/i.test(text) &&
      text.length <= 100
    ) {
      fields.provider = cleanText(text.replace(/^(oleh|by)\s+/i, ''), LIMITS.shortText);
    }
  }
  const provider = card.querySelector(PROVIDER_HINT);
  if (provider) fields.provider = cleanText(provider.textContent ?? '', LIMITS.shortText);
  return fields;
}

export function readCard(card: ListingCard): PartialCourse | undefined {
  const title = titleOf(card.element, card.link);
  if (!title) return undefined;
  // In document order an ancestor comes first: the outermost short element holding the prices,
  // so a struck original beside the current price is read with it.
  const priceBlock =
    pickAll(card.element, '*', 400).find(
      (element) => PRICE_HINT.test(element.textContent ?? '') && (element.textContent ?? '').length <= 80,
    ) ?? card.element;
  const reading = readPriceElement(priceBlock);
  const course: PartialCourse = { ...readCardDetails(card.element), title, url: card.url };
  if (reading.price) course.price = reading.price;
  if (reading.listPrice) course.listPrice = reading.listPrice;
  if (reading.free) course.free = true;
  const image = card.element.querySelector('img[src]')?.getAttribute('src');
  if (image) course.imageUrl = image;
  return course;
}

export const listingExtractor: Extractor = {
  name: 'listing',
  version: 1,
  extract(doc, url) {
    const cards = findCards(doc, url);
    // One priced block with a link is not a listing: a detail page's buy box looks like that.
    if (new Set(cards.map((card) => card.url)).size < 2) return [];
    return cards.map(readCard).filter((course): course is PartialCourse => course !== undefined);
  },
};
