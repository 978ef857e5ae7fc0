/**
 * Reading course records from CSV (with a header), a JSON array or JSONL, with column detection:
 * common names (course_title, name, judul, harga, price, url, ...) are found without flags, others
 * can be mapped. A missing id falls back to the row number (0-based, as the shared datasets count).
 * Every row is validated; the first bad row stops the read with an error naming it.
 * Pure: the research CLI reads files (scripts/lib/read-records.ts), the dashboard reads uploads.
 */
import { z } from 'zod';
import { LIMITS, MAX_PRICE } from '../limits';
import type { MatchRecord } from '../match/candidate-index';
import { type Course, type CurrencyRate, type Money, Settings } from '../model';

/** "udemy_courses.csv" → ".csv"; "a/b/c.json" → ".json" (no node:path: this runs in the dashboard too). */
export function extname(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? '';
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

function stemOf(file: string): string {
  const name = file.split(/[\\/]/).pop() ?? '';
  const ext = extname(name);
  return ext ? name.slice(0, -ext.length) : name;
}

import { parseMode } from '../parse/mode';
import { parsePrice as parsePriceText } from '../parse/price';
import { parseCsv } from './csv';

export type Field =
  | 'id'
  | 'title'
  | 'price'
  | 'currency'
  | 'url'
  | 'site'
  | 'provider'
  | 'level'
  | 'hours'
  | 'mode'
  | 'city'
  | 'address'
  | 'schedule'
  | 'topics'
  | 'description'
  | 'isPaid';

/** Header names per field, compared after lower-casing and dropping everything but letters and digits. */
export const COLUMN_NAMES: Record<Field, readonly string[]> = {
  id: ['id', 'courseid', 'key', 'kode', 'code', 'kodekursus', '', 'unnamed0', 'index', 'no'],
  title: [
    'title',
    'coursetitle',
    'name',
    'coursename',
    'judul',
    'judulkursus',
    'namakursus',
    'namapelatihan',
    'nama',
    'pelatihan',
    'course',
  ],
  price: ['price', 'harga', 'courseprice', 'coursefee', 'fee', 'biaya', 'cost', 'amount', 'hargakursus'],
  currency: ['currency', 'matauang', 'pricecurrency'],
  url: ['url', 'link', 'courseurl', 'href', 'tautan', 'coursepage'],
  site: ['site', 'platform', 'source', 'situs'],
  provider: [
    'provider',
    'lpname',
    'courseorganization',
    'organization',
    'organisation',
    'instructor',
    'penyelenggara',
    'lembaga',
    'lembagapelatihan',
    'university',
  ],
  level: ['level', 'coursedifficulty', 'difficulty', 'tingkat', 'tingkatan'],
  hours: ['hours', 'contentduration', 'duration', 'durasi', 'jam', 'lengthhours'],
  mode: ['mode', 'coursetype', 'metode', 'moda', 'deliverymode'],
  city: ['city', 'kota', 'kabupatenkota', 'lokasi', 'location'],
  address: ['address', 'alamat', 'venue'],
  schedule: ['schedule', 'jadwal', 'dates', 'tanggal'],
  topics: ['topics', 'syllabus', 'silabus', 'materi', 'skills', 'competencies'],
  description: ['description', 'deskripsi', 'summary', 'headline', 'about'],
  isPaid: ['ispaid', 'paid'],
};

export type ColumnMap = Partial<Record<Field, string>>;

export interface ReadOptions {
  /** Explicit header names for fields detection would miss. */
  columns?: ColumnMap;
  /** Site for every record (else: `site` column, URL host, file name). */
  site?: string;
  /** Currency of a price with no sign or code (default USD: the Udemy dataset's plain numbers). */
  bareCurrency?: string;
  /**
   * Collect bad rows here and go on (an import's error report), instead of stopping at the first.
   * Errors about the whole file (not JSON, no title column) still throw.
   */
  errors?: RecordsError[];
}

export interface InputRecord extends MatchRecord, Partial<Pick<Course, 'city' | 'address' | 'schedule'>> {
  /** 0-based position in the file. */
  row: number;
  /** The key within the site (id without the `site:` prefix). */
  key: string;
}

export class RecordsError extends Error {
  constructor(
    readonly reason: string,
    readonly file: string,
    readonly row?: number,
  ) {
    super(row === undefined ? `${file}: ${reason}` : `${file}: row ${row}: ${reason}`);
    this.name = 'RecordsError';
  }
}

const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Which header (original spelling) holds each field. */
export function detectColumns(header: readonly string[], explicit: ColumnMap = {}): ColumnMap {
  const found: ColumnMap = {};
  const byName = new Map(header.map((name) => [squash(name), name]));
  for (const field of Object.keys(COLUMN_NAMES) as Field[]) {
    const wanted = explicit[field];
    if (wanted !== undefined) {
      if (!header.includes(wanted)) throw new Error(`no column named "${wanted}" for ${field}`);
      found[field] = wanted;
      continue;
    }
    for (const name of COLUMN_NAMES[field]) {
      const original = byName.get(name);
      // an unnamed first column is an id only when it is the first column
      if (original !== undefined && (name !== '' || header[0] === original)) {
        found[field] = original;
        break;
      }
    }
  }
  return found;
}

const Row = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'no title')
    .transform((value) => value.slice(0, LIMITS.title)),
  id: z.string().trim().max(LIMITS.id, 'id too long').optional(),
});

/**
 * Money from a price cell: "Gratis", "Free", "Rp 89.700", "$19.99", "IDR 150000", 200. A cell with a
 * currency sign or word is read by the page price parser; a bare number is in `bareCurrency`.
 */
export function parsePrice(cell: unknown, bareCurrency = 'USD'): Money | undefined {
  if (cell === null || cell === undefined) return undefined;
  if (typeof cell === 'number')
    return Number.isFinite(cell) && cell >= 0 ? { amount: cell, currency: bareCurrency } : undefined;
  const text = String(cell).trim();
  if (!text) return undefined;
  if (text === '0') return { amount: 0, currency: bareCurrency };
  const marked = parsePriceText(text, bareCurrency);
  if (marked) return marked;
  const amount = Number(text.replace(/,(?=\d{3}(\D|$))/g, '').replace(',', '.'));
  return Number.isFinite(amount) && amount >= 0 ? { amount, currency: bareCurrency } : undefined;
}

/** The rates the extension starts with (Settings defaults), dated. */
export function defaultRates(): Record<string, CurrencyRate> {
  return Settings.parse({}).rates;
}

/** `udemy` from https://www.udemy.com/..., `sekolah` from sekolah.mu. */
export function siteFromUrl(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '');
    const parts = host.split('.');
    const name = parts.length > 2 && parts.at(-2)!.length <= 3 ? parts.at(-3) : (parts.at(-2) ?? parts[0]);
    return name ? squash(name) || undefined : undefined;
  } catch {
    return undefined;
  }
}

/** `udemy` from udemy_courses.csv, `coursera` from coursera_data.csv. */
export function siteFromFile(file: string): string {
  const stem = stemOf(file).toLowerCase();
  const first = stem.split(/[^a-z0-9]+/).find(Boolean);
  return first ?? 'file';
}

type RawRow = { row: number; get: (field: Field) => unknown };

function buildRecord(raw: RawRow, file: string, options: ReadOptions, fileSite: string): InputRecord {
  const text = (field: Field) => {
    const value = raw.get(field);
    if (value === null || value === undefined) return undefined;
    if (Array.isArray(value)) return value.map(String).join(' . ');
    const str = String(value).trim();
    return str.length > 0 ? str : undefined;
  };
  const parsed = Row.safeParse({ title: text('title') ?? '', id: text('id') });
  if (!parsed.success)
    throw new RecordsError(parsed.error.issues[0]?.message ?? 'invalid row', file, raw.row);
  const url = text('url');
  const safeUrl = url && /^https?:\/\//i.test(url) ? url.slice(0, LIMITS.url) : undefined;
  const site = squash(text('site') ?? '') || options.site || (safeUrl && siteFromUrl(safeUrl)) || fileSite;
  const key = parsed.data.id || String(raw.row);
  const id = key.includes(':') ? key : `${site}:${key}`;
  const priceCell = raw.get('price');
  const currency = text('currency');
  let price = parsePrice(priceCell, currency?.toUpperCase() ?? options.bareCurrency ?? 'USD');
  const isPaid = text('isPaid');
  if (isPaid && /^(false|0|no|tidak)$/i.test(isPaid))
    price = { amount: 0, currency: price?.currency ?? 'USD' };
  // the dashboard's limit (the Money schema): a price beyond it is a bad row, never a comparison
  if (price && price.amount > MAX_PRICE)
    throw new RecordsError(
      `price ${price.amount} ${price.currency} is above the limit of ${MAX_PRICE}`,
      file,
      raw.row,
    );
  const hours = Number(text('hours'));
  const topicsValue = raw.get('topics');
  const topics = Array.isArray(topicsValue)
    ? topicsValue.map(String).filter(Boolean).slice(0, LIMITS.topics)
    : text('topics')
        ?.split(/[;\n|]/)
        .map((topic) => topic.trim())
        .filter(Boolean)
        .slice(0, LIMITS.topics);
  return {
    row: raw.row,
    key,
    id,
    title: parsed.data.title,
    site,
    url: safeUrl,
    provider: text('provider')?.slice(0, LIMITS.shortText),
    price,
    free: price ? price.amount === 0 : undefined,
    hours: Number.isFinite(hours) && hours > 0 ? hours : undefined,
    mode: parseMode(text('mode') ?? ''),
    level: text('level')?.slice(0, LIMITS.shortText),
    city: text('city')?.slice(0, LIMITS.shortText),
    address: text('address')?.slice(0, LIMITS.shortText),
    schedule: text('schedule')?.slice(0, LIMITS.shortText),
    topics: topics?.map((topic) => topic.slice(0, LIMITS.topic)),
    description: text('description')?.slice(0, LIMITS.description),
  };
}

export function parseRecords(content: string, file: string, options: ReadOptions = {}): InputRecord[] {
  const fileSite = options.site ?? siteFromFile(file);
  const trimmed = content.replace(/^\uFEFF/, '').trimStart();
  const ext = extname(file).toLowerCase();
  const out: InputRecord[] = [];
  const seen = new Set<string>();
  const rowFailed = (error: unknown) => {
    if (options.errors && error instanceof RecordsError && error.row !== undefined)
      options.errors.push(error);
    else throw error;
  };
  const push = (record: InputRecord) => {
    if (seen.has(record.id)) return; // the Udemy dataset repeats a few rows verbatim
    seen.add(record.id);
    out.push(record);
  };
  if (
    ext === '.jsonl' ||
    ext === '.ndjson' ||
    (ext !== '.json' && ext !== '.csv' && trimmed.startsWith('{'))
  ) {
    const lines = trimmed.split(/\r?\n/);
    let columns: ColumnMap | undefined;
    let row = 0;
    for (const [index, line] of lines.entries()) {
      if (!line.trim()) continue;
      const current = row++;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        rowFailed(
          new RecordsError(`line ${index + 1} is not JSON (${(error as Error).message})`, file, current),
        );
        continue;
      }
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        rowFailed(new RecordsError('not a JSON object', file, current));
        continue;
      }
      const object = value as Record<string, unknown>;
      columns ??= detectOrThrow(Object.keys(object), options, file);
      const map = columns;
      try {
        push(
          buildRecord(
            { row: current, get: (field) => (map[field] === undefined ? undefined : object[map[field]!]) },
            file,
            options,
            fileSite,
          ),
        );
      } catch (error) {
        rowFailed(error);
      }
    }
    return out;
  }
  if (ext === '.json' || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new RecordsError(`not valid JSON (${(error as Error).message})`, file);
    }
    const list = Array.isArray(value) ? value : (value as { data?: unknown })?.data;
    if (!Array.isArray(list)) throw new RecordsError('expected a JSON array of course records', file);
    const keys = new Set<string>();
    for (const item of list.slice(0, 50))
      if (item && typeof item === 'object') for (const key of Object.keys(item)) keys.add(key);
    const columns = detectOrThrow([...keys], options, file);
    list.forEach((item, row) => {
      try {
        if (!item || typeof item !== 'object' || Array.isArray(item))
          throw new RecordsError('not a JSON object', file, row);
        const object = item as Record<string, unknown>;
        push(
          buildRecord(
            { row, get: (field) => (columns[field] === undefined ? undefined : object[columns[field]!]) },
            file,
            options,
            fileSite,
          ),
        );
      } catch (error) {
        rowFailed(error);
      }
    });
    return out;
  }
  let parsed: ReturnType<typeof parseCsv>;
  try {
    parsed = parseCsv(trimmed);
  } catch (error) {
    throw new RecordsError((error as Error).message, file);
  }
  const columns = detectOrThrow(parsed.header, options, file);
  const index = new Map(parsed.header.map((name, i) => [name, i]));
  let row = 0;
  for (const { line, values } of parsed.rows) {
    if (values.every((value) => value.trim() === '')) continue; // blank or all-empty trailing rows
    const current = row++;
    if (values.length !== parsed.header.length) {
      rowFailed(
        new RecordsError(
          `has ${values.length} cells, the header has ${parsed.header.length} (line ${line})`,
          file,
          current,
        ),
      );
      continue;
    }
    try {
      push(
        buildRecord(
          {
            row: current,
            get: (field) => (columns[field] === undefined ? undefined : values[index.get(columns[field]!)!]),
          },
          file,
          options,
          fileSite,
        ),
      );
    } catch (error) {
      rowFailed(
        error instanceof RecordsError
          ? new RecordsError(`${error.reason} (line ${line})`, file, current)
          : error,
      );
    }
  }
  return out;
}

function detectOrThrow(header: readonly string[], options: ReadOptions, file: string): ColumnMap {
  let columns: ColumnMap;
  try {
    columns = detectColumns(header, options.columns);
  } catch (error) {
    throw new RecordsError((error as Error).message, file);
  }
  if (!columns.title) {
    throw new RecordsError(
      `no title column (looked for ${COLUMN_NAMES.title.join(', ')}; map one with --title-column)`,
      file,
    );
  }
  return columns;
}
