/**
 * Importing another site's catalogue (CSV, JSON array or JSONL): find the columns, let the user
 * map them, preview, validate every row, then write all of it or nothing.
 */
import Papa from 'papaparse';
import { courseId } from '../course-keys';
import type { BandinginDb } from '../library/db';
import { ImportIndex } from '../library/import-index';
import { compactMatchIndex, indexTables } from '../library/match-index';
import { mergeBatch, readExisting, writeTables } from '../library/store';
import {
  type ImportedCourse,
  ImportedCourse as ImportedCourseSchema,
  type Settings,
  type Side,
} from '../model';
import { describeZodError } from '../zod-errors';
import { leanParser } from './lean-parse';
import { type ColumnMap, detectColumns, extname, parseRecords, RecordsError } from './records';

/** The column names of a file, for the mapping step. */
export function readHeader(text: string, fileName: string): string[] {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  const ext = extname(fileName).toLowerCase();
  const keysOf = (items: unknown[]) => {
    const keys = new Set<string>();
    for (const item of items.slice(0, 50))
      if (item && typeof item === 'object' && !Array.isArray(item))
        for (const key of Object.keys(item)) keys.add(key);
    return [...keys];
  };
  try {
    if (ext === '.jsonl' || ext === '.ndjson' || (ext !== '.json' && trimmed.startsWith('{'))) {
      const lines = trimmed
        .split(/\r?\n/)
        .filter((line) => line.trim())
        .slice(0, 50);
      return keysOf(lines.map((line) => JSON.parse(line)));
    }
    if (ext === '.json' || trimmed.startsWith('[')) {
      const value = JSON.parse(trimmed);
      return keysOf(Array.isArray(value) ? value : []);
    }
  } catch {
    throw new RecordsError('is not valid JSON or JSONL', fileName);
  }
  const first = Papa.parse<string[]>(trimmed, { preview: 1 });
  return first.data[0] ?? [];
}

export interface ImportPlan {
  header: string[];
  columns: ColumnMap;
}

export function planImport(text: string, fileName: string): ImportPlan {
  const header = readHeader(text, fileName);
  if (header.length === 0) throw new RecordsError('has no header row or no fields', fileName);
  return { header, columns: detectColumns(header) };
}

export interface ImportCheck {
  courses: ImportedCourse[];
  /** Bad rows by number; an import with any is refused whole. */
  errors: RecordsError[];
}

const parseImportedCourse = leanParser(ImportedCourseSchema);

/** The course lists `checkImport` made: every course in them passed `ImportedCourse`. */
const checkedLists = new WeakSet<readonly ImportedCourse[]>();

/** Read and validate every row with the user's mapping; nothing is written here. */
export function checkImport(
  text: string,
  fileName: string,
  options: { columns: ColumnMap; site: string; side: Side; bareCurrency?: string },
): ImportCheck {
  const errors: RecordsError[] = [];
  const records = parseRecords(text, fileName, {
    columns: options.columns,
    site: options.site,
    bareCurrency: options.bareCurrency ?? (options.side === 'prakerja' ? 'IDR' : 'USD'),
    errors,
  });
  const courses: ImportedCourse[] = [];
  for (const record of records) {
    const parsed = parseImportedCourse({
      ...record,
      // a site column in the file wins over the site chosen for the whole file
      site: record.site || options.site,
      side: options.side,
      source: 'import',
      extractor: `import:${fileName.slice(-60)}`,
    });
    if (parsed.success) courses.push(parsed.data);
    else errors.push(new RecordsError(describeZodError(parsed.error), fileName, record.row));
  }
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  checkedLists.add(courses);
  return { courses, errors };
}

export class ImportCancelled extends Error {
  override name = 'ImportCancelled';
}

/** A checked row that still would not be a valid stored course; the import wrote nothing. */
export class ImportRowError extends Error {
  override name = 'ImportRowError';
  constructor(
    readonly index: number,
    readonly reason: string,
  ) {
    super(`course ${index + 1} of the import: ${reason}`);
  }
}

/**
 * Write all courses in one transaction, in chunks so progress can be shown and cancel honoured.
 * Cancelling, or any failure (a full disk), rolls everything back: the library is as it was.
 */
export async function importCourses(
  db: BandinginDb,
  courses: ImportedCourse[],
  options: {
    onProgress?: (done: number, total: number) => void;
    signal?: AbortSignal;
    chunk?: number;
    /** The user's rates, for the rupiah sort key of prices in other currencies. */
    rates?: Settings['rates'];
  } = {},
): Promise<number> {
  // Big chunks: fewer round trips to IndexedDB; 20 progress steps at 100k rows are plenty.
  const chunk = options.chunk ?? 5000;
  const now = Date.now();
  const ids = courses.map((course) => courseId(course.site, course.url, course.key));
  // rows straight from checkImport are not parsed twice (mergeBatch still checks what it derives)
  const checked = checkedLists.has(courses);
  await db.transaction('rw', [...writeTables(db)], async () => {
    // Everything already stored under these ids, read once (a fresh import reads keys only).
    const current = await readExisting(db, ids);
    // Ordinals, postings and columns are gathered here and written once, after the last course.
    const index = await ImportIndex.open(indexTables(db));
    // A pipeline: each chunk's puts are issued as soon as it is merged, and IndexedDB writes them
    // while the next chunk is merged (tokens, sort keys). The rows' ids are unique (parseRecords
    // drops repeats), so chunks never merge into each other.
    let writing: Promise<unknown> | undefined;
    for (let start = 0; start < courses.length; start += chunk) {
      if (options.signal?.aborted) throw new ImportCancelled('import cancelled');
      const end = Math.min(courses.length, start + chunk);
      const batch = mergeBatch(
        courses.slice(start, end),
        ids.slice(start, end),
        current,
        now,
        options.rates,
        {
          incomingChecked: checked,
        },
      );
      // all or nothing: a row the library could not keep fails the whole import, naming it
      const bad = batch.rejected[0];
      if (bad) throw new ImportRowError(start + bad.index, bad.reason);
      index.add(batch.courses, batch.retired);
      const previous = writing;
      writing = Promise.all([
        db.courses.bulkPut(batch.courses),
        batch.snapshots.length ? db.snapshots.bulkAdd(batch.snapshots) : undefined,
      ]);
      if (previous) {
        await previous;
        options.onProgress?.(start, courses.length);
      }
    }
    await writing;
    await index.finish();
    options.onProgress?.(courses.length, courses.length);
  });
  await compactMatchIndex(db);
  return courses.length;
}
