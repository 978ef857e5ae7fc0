/**
 * Catalogue tables: a table whose header row names a title column (Judul/Nama Pelatihan, Course, ...)
 * and at least one other course fact (Lembaga, Mitra/Platform, Metode, Durasi, Harga, ...) is read row
 * by row by those header words, whatever the column order. Category rows (one cell across the table),
 * total rows and rows whose title the title gate refuses are skipped.
 */
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { readPriceElement } from '../parse/price';
import { boundedText, isHidden } from './dom';
import { absoluteUrl, cleanText } from './text';
import { normaliseText, refuseTitle } from './title-gate';
import type { DropSink, Extractor, PartialCourse } from './types';

type Column = 'title' | 'provider' | 'platform' | 'mode' | 'hours' | 'price' | 'listPrice';

const HEADER_WORDS: [RegExp, Column][] = [
  [/^(harga (normal|asli|awal|coret)|original price|list price|normal price)/, 'listPrice'],
  [
    /^(judul|judul pelatihan|nama pelatihan|nama kelas|nama kursus|pelatihan|kelas|kursus|program|course|course name|course title|title|training|nama program)$/,
    'title',
  ],
  [
    /^(lembaga|lembaga pelatihan|lpk|penyedia|penyedia pelatihan|penyelenggara|provider|training provider|institution|institusi|instruktur|instructor|university|universitas)$/,
    'provider',
  ],
  [/^(mitra|mitra platform|platform|platform digital|dijual di|marketplace)$/, 'platform'],
  [/^(metode|metode pelatihan|moda|moda pelatihan|mode|format|jenis pelatihan|tipe)$/, 'mode'],
  [/^(durasi|durasi pelatihan|duration|jp|total jp|jam pelajaran|length|hours)/, 'hours'],
  [/^(harga|harga pelatihan|biaya|biaya pelatihan|price|cost|fee)/, 'price'],
];

const TOTAL_ROW = /^(total|jumlah|subtotal|grand total|sub total)\b/i;

function columnOf(text: string): Column | undefined {
  const words = normaliseText(text)
    .replace(/\(.*?\)/g, '')
    .trim();
  return HEADER_WORDS.find(([pattern]) => pattern.test(words))?.[1];
}

const cellsOf = (row: Element) => [...row.children].filter((cell) => /^(TD|TH)$/.test(cell.tagName));

interface Header {
  row: Element;
  columns: (Column | undefined)[];
}

/** The header row of a catalogue table: a title column and at least one other fact. */
function headerOf(table: Element): Header | undefined {
  const rows = table.querySelectorAll('tr');
  for (let i = 0; i < Math.min(rows.length, 3); i += 1) {
    const row = rows[i]!;
    const columns = cellsOf(row).map((cell) => columnOf(cleanText(boundedText(cell, 80), 80) ?? ''));
    const known = new Set(columns.filter(Boolean));
    if (known.has('title') && known.size >= 2) return { row, columns };
  }
  return undefined;
}

/** Whether a table is a catalogue; `seen` remembers the answer for one pass over the page. */
export function isCatalogueTable(table: Element, seen = new Map<Element, boolean>()): boolean {
  let answer = seen.get(table);
  if (answer === undefined) {
    answer = headerOf(table) !== undefined;
    seen.set(table, answer);
  }
  return answer;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);

function readRow(row: Element, header: Header, page: URL, drop?: DropSink): PartialCourse | undefined {
  const cells = cellsOf(row);
  // A category row spans the table in one cell; a short row is a note, not a course.
  if (cells.length < Math.max(2, Math.ceil(header.columns.length / 2))) return undefined;
  const course: PartialCourse = {};
  for (let i = 0; i < cells.length && i < header.columns.length; i += 1) {
    const column = header.columns[i];
    const cell = cells[i]!;
    const text = cleanText(boundedText(cell, 600), LIMITS.title);
    if (!column || !text) continue;
    if (column === 'title') {
      if (TOTAL_ROW.test(text)) return undefined;
      const refusal = refuseTitle(text);
      if (refusal) {
        drop?.(refusal, text);
        return undefined;
      }
      course.title = text;
      const link = cell.querySelector('a[href]');
      course.url = absoluteUrl(link?.getAttribute('href'), page);
    } else if (column === 'price' || column === 'listPrice') {
      const reading = readPriceElement(cell);
      if (column === 'listPrice') course.listPrice = reading.price;
      else Object.assign(course, reading);
    } else if (column === 'hours') {
      course.hours = parseDuration(text);
    } else if (column === 'mode') {
      course.mode = parseMode(text);
    } else if (text !== '-' && /\p{L}/u.test(text)) {
      course[column] = cleanText(text, LIMITS.shortText);
    }
  }
  if (!course.title) return undefined;
  // A row without a link of its own is still a course of this page: its key is its title.
  if (!course.url) {
    course.url = page.href;
    course.key = `${page.pathname}#${slug(course.title)}`.slice(0, LIMITS.id);
  }
  return course;
}

export function readTables(doc: Document, page: URL, limit: number, drop?: DropSink): PartialCourse[] {
  const courses: PartialCourse[] = [];
  const tables = doc.getElementsByTagName('table');
  for (let t = 0; t < Math.min(tables.length, 50) && courses.length < limit; t += 1) {
    const table = tables[t]!;
    const header = headerOf(table);
    if (!header || isHidden(table)) continue;
    const rows = table.querySelectorAll('tr');
    let past = false;
    for (let r = 0; r < rows.length && courses.length < limit; r += 1) {
      const row = rows[r]!;
      if (row === header.row) {
        past = true;
        continue;
      }
      if (!past || row.closest('table') !== table) continue;
      const course = readRow(row, header, page, drop);
      if (course) courses.push(course);
    }
  }
  return courses;
}

export const tableExtractor: Extractor = {
  name: 'table',
  version: 1,
  extract(doc, url, drop) {
    return readTables(doc, url, LIMITS.coursesPerPage, drop);
  },
};
