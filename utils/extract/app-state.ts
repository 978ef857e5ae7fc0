/**
 * Embedded app state: the JSON a server-rendered app ships with its HTML (`__NEXT_DATA__`, Nuxt and
 * Redux states, `application/json` blobs, `data-*-props` attributes). Finds course-shaped objects by
 * their keys (title + price/duration/provider/rating...) in Indonesian and English, at any depth.
 */
import { LIMITS } from '../limits';
import { parseDuration, secondsToHours } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { toNumber } from '../parse/number';
import { parsePrice } from '../parse/price';
import { pickAll, safeJson, textOf } from './dom';
import { absoluteUrl, cleanText, htmlToText } from './text';
import type { Extractor, PartialCourse } from './types';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const key = (name: string) => name.toLowerCase().replace(/[_\-\s]/g, '');

/** Key names per field, normalised (lower case, no _ or -). */
const KEYS = {
  title: ['title', 'name', 'coursename', 'coursetitle', 'judul', 'nama', 'namapelatihan', 'trainingname'],
  url: ['url', 'link', 'href', 'courseurl', 'permalink', 'canonicalurl', 'detailurl'],
  slug: ['slug'],
  price: [
    'price',
    'harga',
    'finalprice',
    'sellprice',
    'sellingprice',
    'discountprice',
    'discountedprice',
    'hargaakhir',
    'hargajual',
    'saleprice',
    'currentprice',
  ],
  listPrice: [
    'originalprice',
    'normalprice',
    'hargaawal',
    'harganormal',
    'baseprice',
    'listprice',
    'strikeprice',
    'pricebeforediscount',
  ],
  currency: ['currency', 'pricecurrency', 'matauang'],
  hours: ['hours', 'durationhours', 'totalhours', 'jam', 'totaljam'],
  jp: ['jp', 'totaljp', 'jumlahjp', 'jampelajaran'],
  duration: ['duration', 'durasi', 'length', 'contentlength', 'workload'],
  seconds: ['contentlengthvideo', 'durationseconds', 'videoduration'],
  provider: [
    'lembaga',
    'lembagapelatihan',
    'lpk',
    'provider',
    'providername',
    'institution',
    'institutionname',
    'partner',
    'partnername',
    'instructor',
    'instructors',
    'author',
    'mitra',
  ],
  platform: ['platform', 'platformname', 'digitalplatform', 'mitraplatform'],
  mode: [
    'mode',
    'metode',
    'metodepelatihan',
    'method',
    'deliverymethod',
    'trainingmethod',
    'coursemode',
    'type',
    'moda',
  ],
  city: ['city', 'kota', 'location', 'lokasi'],
  level: ['level', 'instructionallevel', 'difficulty', 'tingkat'],
  rating: ['rating', 'avgrating', 'averagerating', 'ratingvalue', 'ratingaverage', 'ratingscore'],
  ratingCount: [
    'ratingcount',
    'reviewcount',
    'numreviews',
    'totalreview',
    'totalreviews',
    'jumlahulasan',
    'totalrating',
    'numratings',
  ],
  students: [
    'numstudents',
    'students',
    'studentcount',
    'enrollmentcount',
    'totalparticipant',
    'totalpeserta',
    'jumlahpeserta',
    'participants',
  ],
  topics: [
    'materi',
    'syllabus',
    'curriculum',
    'objectives',
    'sessions',
    'modules',
    'silabus',
    'tujuan',
    'unitkompetensi',
    'competencies',
    'whatyouwilllearn',
    'learningobjectives',
  ],
  description: ['description', 'deskripsi', 'summary', 'headline'],
  image: ['image', 'imageurl', 'thumbnail', 'thumbnailurl', 'cover', 'banner'],
  free: ['isfree', 'free', 'gratis'],
} as const;
type KeyField = keyof typeof KEYS;
const FIELD_OF = new Map<string, KeyField>();
for (const [field, names] of Object.entries(KEYS) as [KeyField, readonly string[]][]) {
  for (const name of names) if (!FIELD_OF.has(name)) FIELD_OF.set(name, field);
}
const COURSE_EVIDENCE: KeyField[] = [
  'price',
  'listPrice',
  'hours',
  'jp',
  'duration',
  'seconds',
  'provider',
  'rating',
  'topics',
  'mode',
  'students',
];

function fieldsOf(node: Json): Partial<Record<KeyField, unknown>> {
  const found: Partial<Record<KeyField, unknown>> = {};
  for (const [name, value] of Object.entries(node)) {
    const field = FIELD_OF.get(key(name));
    if (field && found[field] === undefined && value !== null && value !== '') found[field] = value;
  }
  return found;
}

const nameOf = (value: unknown): string | undefined => {
  const item = Array.isArray(value) ? value[0] : value;
  // A serialised structure ("{'course_id': ...}") is not a name.
  if (typeof item === 'string') return /^\s*[[{]/.test(item) ? undefined : cleanText(item, LIMITS.shortText);
  if (isObject(item))
    return cleanText(item.name ?? item.title ?? item.display_name ?? item.nama, LIMITS.shortText);
  return undefined;
};

function money(value: unknown, currency: string): PartialCourse['price'] {
  if (isObject(value)) {
    const amount = toNumber(value.amount ?? value.value);
    const code = typeof value.currency === 'string' ? value.currency.toUpperCase() : currency;
    return amount !== undefined && amount >= 0 ? { amount, currency: code } : undefined;
  }
  if (typeof value === 'number')
    return value >= 0 && Number.isFinite(value) ? { amount: value, currency } : undefined;
  if (typeof value === 'string')
    return /^\d+(\.\d+)?$/.test(value.trim()) ? { amount: Number(value), currency } : parsePrice(value);
  return undefined;
}

function topicsOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const topics = value
    .slice(0, LIMITS.topics)
    .map((item) => (isObject(item) ? (item.title ?? item.name ?? item.judul ?? item.nama) : item))
    .map((item) => cleanText(item, LIMITS.topic))
    .filter((item): item is string => item !== undefined);
  return topics.length ? topics : undefined;
}

/** A course-shaped object as a partial course, or undefined. */
export function courseFromObject(node: Json, page: URL, doc?: Document): PartialCourse | undefined {
  const f = fieldsOf(node);
  const title = typeof f.title === 'string' ? cleanText(f.title, LIMITS.title) : undefined;
  if (!title) return undefined;
  const evidence = COURSE_EVIDENCE.filter((field) => f[field] !== undefined).length;
  if (evidence < 2) return undefined;
  const currency =
    typeof f.currency === 'string' && /^[A-Za-z]{3}$/.test(f.currency) ? f.currency.toUpperCase() : 'IDR';
  const course: PartialCourse = { title };
  const link = typeof f.url === 'string' ? f.url : undefined;
  course.url = absoluteUrl(link, page);
  course.price = money(f.price, currency);
  course.listPrice = money(f.listPrice, currency);
  if (course.listPrice && course.price && course.listPrice.amount <= course.price.amount)
    course.listPrice = undefined;
  if (course.price?.amount === 0 || f.free === true) course.free = true;
  course.hours =
    (typeof f.hours === 'number' ? f.hours : undefined) ??
    (f.jp !== undefined ? parseDuration(`${f.jp} JP`) : undefined) ??
    secondsToHours(f.seconds) ??
    (typeof f.duration === 'string' ? parseDuration(f.duration) : undefined);
  course.provider = nameOf(f.provider);
  course.platform = nameOf(f.platform);
  course.mode = typeof f.mode === 'string' ? parseMode(f.mode) : undefined;
  course.city = nameOf(f.city);
  course.level = nameOf(f.level);
  const rating = isObject(f.rating) ? toNumber(f.rating.average ?? f.rating.value) : toNumber(f.rating);
  if (rating !== undefined && rating >= 0 && rating <= 5) course.rating = Math.round(rating * 100) / 100;
  const count = toNumber(f.ratingCount);
  if (count !== undefined) course.ratingCount = Math.round(count);
  const students = toNumber(f.students);
  if (students !== undefined) course.students = Math.round(students);
  course.topics = topicsOf(f.topics);
  if (typeof f.description === 'string') {
    course.description = cleanText(doc ? htmlToText(f.description, doc) : f.description, LIMITS.description);
  }
  course.imageUrl = typeof f.image === 'string' ? absoluteUrl(f.image, page) : undefined;
  return course;
}

/** Course-shaped objects anywhere in a JSON value (bounded depth and breadth). */
export function findCourses(
  data: unknown,
  page: URL,
  doc?: Document,
  limit = LIMITS.coursesPerPage,
): PartialCourse[] {
  const found: PartialCourse[] = [];
  const stack: [unknown, number][] = [[data, 0]];
  let visited = 0;
  while (stack.length && found.length < limit && visited < 50_000) {
    const [value, depth] = stack.pop()!;
    visited += 1;
    if (depth > 12) continue;
    if (Array.isArray(value)) {
      for (let i = Math.min(value.length, 2000) - 1; i >= 0; i -= 1) stack.push([value[i], depth + 1]);
    } else if (isObject(value)) {
      const course = courseFromObject(value, page, doc);
      if (course) {
        found.push(course);
        continue; // its own sessions are topics, not courses
      }
      const entries = Object.values(value);
      for (let i = entries.length - 1; i >= 0; i -= 1) stack.push([entries[i], depth + 1]);
    }
  }
  return found;
}

/** The JSON blobs a page embeds. */
export function embeddedJson(doc: Document): unknown[] {
  const blobs: unknown[] = [];
  // One pass over at most 300 scripts (never a selector walk of a huge body per kind of script).
  const scripts = doc.getElementsByTagName('script');
  let json = 0;
  for (let i = 0; i < Math.min(scripts.length, 300); i += 1) {
    const script = scripts[i]!;
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    const id = script.id;
    if (type === 'application/json' || id === '__NEXT_DATA__' || id === '__NUXT_DATA__') {
      if (json++ >= 20) continue;
      const data = safeJson(script.textContent);
      if (data !== undefined) blobs.push(data);
      continue;
    }
    // window.__INITIAL_STATE__ = {...}; in a plain script: read it as JSON, never run it.
    if (script.hasAttribute('src') || (type && type !== 'text/javascript')) continue;
    const text = script.textContent ?? '';
    const match = /^\s*(?:window\.)?__(?:INITIAL_STATE|PRELOADED_STATE|APOLLO_STATE|NUXT)__\s*=\s*/.exec(
      text.slice(0, 200),
    );
    if (!match) continue;
    const data = safeJson(text.slice(match[0].length).trim().replace(/;\s*$/, ''));
    if (data !== undefined) blobs.push(data);
  }
  for (const element of pickAll(doc, '[data-component-props], [data-props], [data-page]', 50)) {
    const raw =
      element.getAttribute('data-component-props') ??
      element.getAttribute('data-props') ??
      element.getAttribute('data-page');
    const data = safeJson(raw);
    if (data !== undefined) blobs.push(data);
  }
  return blobs;
}

const sameTitle = (a: string, b: string | undefined) =>
  !!b && a.toLowerCase().replace(/\W+/g, '') === b.toLowerCase().replace(/\W+/g, '');

export const appStateExtractor: Extractor = {
  name: 'app-state',
  version: 1,
  extract(doc, url) {
    const heading = textOf(doc.querySelector('h1'), LIMITS.title);
    const courses: PartialCourse[] = [];
    for (const blob of embeddedJson(doc)) {
      for (const course of findCourses(blob, url, doc)) {
        // An object without its own link is the page's course only when it carries the page's title.
        if (!course.url) {
          if (!sameTitle(course.title ?? '', heading)) continue;
          course.url = url.href;
        }
        courses.push(course);
        if (courses.length >= LIMITS.coursesPerPage) return courses;
      }
    }
    return courses;
  },
};
