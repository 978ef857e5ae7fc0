/**
 * Repeated-record detection (classic data-record mining, by links rather than by tags): every link to
 * a course-like URL of the page's own site grows into the largest subtree that holds no other course's
 * URL; such subtrees that repeat as siblings (or cousins) are the page's records, whatever the tags or
 * class names. Calls to action pointing at the same URL do not split a card; a carousel's clones and a
 * course on two shelves share one URL and are counted once by the reader. Linear in the page: each
 * element is marked at most once per course URL and the climb stops at the first shared ancestor.
 */
import { canonicalUrl } from '../course-keys';
import { spacedText } from '../parse/price';
import { boundedText, isHidden } from './dom';
import { PRICE_HINT } from './record-fields';
import { isCatalogueTable } from './tables';
import { absoluteUrl, cleanText } from './text';
import { refuseTitle } from './title-gate';
import { runSteps } from './types';

/** Page furniture whose links are never course records. */
export const FURNITURE =
  'nav, footer, header, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [aria-label*="breadcrumb" i], [class*="breadcrumb" i]';

const NOT_COURSE_PATH =
  /\/(login|masuk|signin|sign-in|register|signup|sign-up|cart|keranjang|checkout|search|cari|tentang|about|faq|kebijakan|privacy|terms|syarat|help|bantuan|blog|contact|kontak|karir|careers|akun|account|profil|profile|lembaga|provider|providers|mitra|partner|partners|instructor|instructors|instruktur|user|users|kategori|category|categories|tag|tags|topik|topic|topics)(\/|\.html?|$)/i;

/** Query keys of filters, searches and paging: a link that only sets these lists courses, it is none. */
const FILTER_KEYS =
  /^(q|query|keyword|kata_kunci|search|cari|sort|order|urutkan|page|halaman|p|limit|offset|lp|lembaga|provider|mitra|kategori|category|topic|topik|tag|price|harga|level|filter|ref|utm_\w+)$/i;

/** Links looked at per page: a hostile page with 50,000 cards costs no more than this many. */
export const MAX_LINKS = 6000;

export interface FoundRecord {
  element: Element;
  /** The link that names the course (not a call to action). */
  link: Element;
  url: string;
  key: string;
  /** Only a call to action links to this URL ("Lihat Semua" beside a section's heading). */
  cta: boolean;
  /** The element whose children (or grandchildren) repeat this record's shape. */
  group?: Element;
  /** A single card, kept because it links to a page made like the page it is on. */
  lone?: boolean;
}

/** A URL's template: its path without the last segment, or its path and query keys when ids are in the query. */
export function urlTemplate(url: URL): string {
  const path = url.pathname.replace(/\/+$/, '');
  return url.search
    ? `${url.host}${path}?${[...url.searchParams.keys()].sort().join('&')}`
    : `${url.host}${path.replace(/[^/]+$/, '*')}`;
}

/** One key per course page: host without "www.", path, identifying query (tracking dropped). */
export function urlKey(url: string): string {
  const canonical = canonicalUrl(url);
  return `${canonical.hostname.replace(/^www\./, '')}${canonical.pathname}${canonical.search}`;
}

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

/** Whether two hosts belong to one site: equal, or one a subdomain of the other. */
export function sameSite(a: string, b: string): boolean {
  const x = bareHost(a);
  const y = bareHost(b);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

interface PageInfo {
  page: URL;
  key: string;
  queryKeys: string;
}

const queryKeys = (url: URL) => [...new Set(url.searchParams.keys())].sort().join('&');

function courseUrl(link: Element, info: PageInfo): string | undefined {
  const href = link.getAttribute('href');
  if (!href || href.length > 2048 || /^\s*(#|javascript:|mailto:|tel:)/i.test(href)) return undefined;
  const url = absoluteUrl(href, info.page);
  if (!url) return undefined;
  const parsed = new URL(url);
  if (!sameSite(parsed.hostname, info.page.hostname)) return undefined;
  if (parsed.pathname === '/' && !parsed.search) return undefined;
  if (NOT_COURSE_PATH.test(parsed.pathname)) return undefined;
  const keys = [...parsed.searchParams.keys()];
  if (
    keys.length &&
    keys.every((key) => FILTER_KEYS.test(key)) &&
    !/\/[^/]*\d[^/]*$|\/[^/]+-[^/]+$/.test(parsed.pathname)
  ) {
    // "/pelatihan?lp=Smart+Work" filters the catalogue; "/kelas/excel-dasar?ref=home" is still a course.
    return undefined;
  }
  if (parsed.pathname === info.page.pathname) {
    // The same path with another query is paging or sorting, unless the page itself is one record
    // among its siblings (detail.html?id=1 linking detail.html?id=2).
    if (!info.queryKeys || queryKeys(parsed) !== info.queryKeys) return undefined;
  }
  return urlKey(url) === info.key ? undefined : url;
}

/** Tell `elsewhere` about a link that would be a course link if it were on the page's own site. */
function otherSite(link: Element, info: PageInfo, elsewhere: (url: string) => void) {
  const url = absoluteUrl(link.getAttribute('href'), info.page);
  if (!url || sameSite(new URL(url).hostname, info.page.hostname)) return;
  const path = new URL(url).pathname;
  if (path.length > 1 && !NOT_COURSE_PATH.test(path) && !link.closest(FURNITURE)) elsewhere(url);
}

/** A link whose text asks for an action, with no picture and no name of its own. */
function isCallToAction(link: Element): boolean {
  if (link.querySelector('img, picture, h1, h2, h3, h4, h5, h6')) return false;
  const named = [link.getAttribute('title'), link.getAttribute('aria-label')].some(
    (text) => text && refuseTitle(text) === undefined,
  );
  if (named) return false;
  const text = cleanText(boundedText(link, 160), 160);
  const refusal = refuseTitle(text);
  return refusal !== undefined && refusal !== 'too long' && refusal !== 'heading' && refusal !== 'provider';
}

const MULTI = '\u0000';

/** A record's shape, two levels deep: its tag and its children's and grandchildren's tags. */
function shapeOf(element: Element, depth = 2): string {
  let shape = element.tagName;
  if (depth === 0) return shape;
  const children: string[] = [];
  for (
    let child = element.firstElementChild;
    child && children.length < 12;
    child = child.nextElementSibling
  ) {
    children.push(shapeOf(child, depth - 1));
  }
  if (children.length) shape += `[${children.join(',')}]`;
  return shape;
}

/** The records of a page in document order, at most `limit`. */
export function findRecords(
  doc: Document,
  page: URL,
  limit: number,
  elsewhere?: (url: string) => void,
): FoundRecord[] {
  return runSteps(findRecordSteps(doc, page, limit, elsewhere));
}

/** Links read between two yields. */
const LINKS_PER_STEP = 400;

/** findRecords in steps: it yields after every few hundred links so a live capture can pause. */
export function* findRecordSteps(
  doc: Document,
  page: URL,
  limit: number,
  elsewhere?: (url: string) => void,
): Generator<void, FoundRecord[], void> {
  const body = doc.body;
  if (!body) return [];
  const info: PageInfo = { page, key: urlKey(page.href), queryKeys: queryKeys(page) };
  const anchors = body.getElementsByTagName('a');
  const links: { link: Element; url: string; key: string; cta: boolean }[] = [];
  const named = new Set<string>();
  const tables = new Map<Element, boolean>();
  const count = Math.min(anchors.length, MAX_LINKS * 3);
  for (let i = 0; i < count && links.length < MAX_LINKS; i += 1) {
    if (i % LINKS_PER_STEP === LINKS_PER_STEP - 1) yield;
    const link = anchors[i]!;
    const url = courseUrl(link, info);
    if (!url) {
      if (elsewhere) otherSite(link, info, elsewhere);
      continue;
    }
    if (link.closest(FURNITURE) || isHidden(link)) continue;
    const table = link.closest('table');
    if (table && isCatalogueTable(table, tables)) continue; // the table reader has it
    const key = urlKey(url);
    const cta = isCallToAction(link);
    if (!cta) named.add(key);
    links.push({ link, url, key, cta });
  }
  // A call to action counts only for a course no other link names ("Beli" beside a titled card is
  // part of that card, not a course of its own).
  const primary = links.filter((entry) => !entry.cta || !named.has(entry.key));
  yield;
  const marks = new Map<Element, string>();
  for (const { link, key } of primary) {
    for (let node = link.parentElement; node && node !== body; node = node.parentElement) {
      const mark = marks.get(node);
      if (mark === undefined) marks.set(node, key);
      else {
        if (mark !== key) marks.set(node, MULTI);
        break; // everything above was marked by an earlier link already
      }
    }
  }
  const records = new Map<Element, FoundRecord>();
  for (const { link, url, key, cta } of primary) {
    let top: Element = link;
    while (top.parentElement && top.parentElement !== body && marks.get(top.parentElement) === key) {
      top = top.parentElement;
    }
    if (!records.has(top)) records.set(top, { element: top, link, url, key, cta });
  }
  // Records repeat: siblings under one parent, or cousins under one grandparent (a grid in rows).
  const parents = new Map<Element, number>();
  const grandparents = new Map<Element, number>();
  for (const element of records.keys()) {
    const parent = element.parentElement;
    if (parent) parents.set(parent, (parents.get(parent) ?? 0) + 1);
    const grand = parent?.parentElement;
    if (grand) grandparents.set(grand, (grandparents.get(grand) ?? 0) + 1);
  }
  const found: FoundRecord[] = [];
  const leftovers: FoundRecord[] = [];
  const shapes = new Set<string>();
  for (const record of records.values()) {
    const parent = record.element.parentElement;
    const grand = parent?.parentElement;
    const group =
      parent && (parents.get(parent) ?? 0) >= 2
        ? parent
        : grand && (grandparents.get(grand) ?? 0) >= 2
          ? grand
          : undefined;
    if (group) {
      found.push({ ...record, group });
      shapes.add(shapeOf(record.element));
    } else leftovers.push(record);
    if (found.length >= limit) return found;
  }
  // A leftover of a grid (a last row holding one card): wrapped, it has the shape of the other cards.
  const pageTemplate = urlTemplate(page);
  for (const record of leftovers) {
    if (!PRICE_HINT.test(spacedText(record.element, 300))) continue; // and it shows a price like them
    let joined = false;
    for (let core: Element | null = record.element, depth = 0; core && depth < 4 && !joined; depth += 1) {
      if (shapes.has(shapeOf(core))) {
        found.push({ ...record, group: record.element.parentElement ?? undefined });
        joined = true;
      }
      core = core.children.length === 1 ? core.firstElementChild : null;
    }
    // A lone priced card on a course page linking to a page of the same URL template is another
    // course ("Pelatihan Serupa" with one entry), with a picture to show for it.
    if (!joined && urlTemplate(new URL(record.url)) === pageTemplate && record.element.querySelector('img')) {
      found.push({ ...record, group: record.element, lone: true });
    }
  }
  return found;
}
