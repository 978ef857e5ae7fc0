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
import {
  type ColumnMap,
  detectColumns,
  extname,
  type InputRecord,
  parseRecords,
  RecordsError,
} from './records';

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

/** An imported course is the row's own fields and the import's (side, source, extractor). */
const importConstants = ImportedCourseSchema.pick({ side: true, source: true, extractor: true });
const parseRowFields = leanParser(ImportedCourseSchema.omit({ side: true, source: true, extractor: true }));

/** The course lists `checkImport` made: every course in them passed `ImportedCourse`. */
const checkedLists = new WeakSet<readonly ImportedCourse[]>();

export interface CheckOptions {
  columns: ColumnMap;
  site: string;
  side: Side;
  bareCurrency?: string;
}

/** The file's rows as read with the user's mapping; rows that do not read go to `errors`. */
function readRows(text: string, fileName: string, options: CheckOptions, errors: RecordsError[]) {
  return parseRecords(text, fileName, {
    columns: options.columns,
    site: options.site,
    bareCurrency: options.bareCurrency ?? (options.side === 'prakerja' ? 'IDR' : 'USD'),
    errors,
  });
}

/** The rows that pass `ImportedCourse`; the others go to `errors`. */
function checkRows(
  records: readonly InputRecord[],
  fileName: string,
  options: CheckOptions,
  errors: RecordsError[],
): ImportedCourse[] {
  // the fields every row shares are ours: checked once, not once per row
  const shared = importConstants.safeParse({
    side: options.side,
    source: 'import',
    extractor: `import:${fileName.slice(-60)}`,
  });
  if (!shared.success) throw new RecordsError(describeZodError(shared.error), fileName);
  const courses: ImportedCourse[] = [];
  for (const record of records) {
    // a site column in the file wins over the site chosen for the whole file
    const parsed = parseRowFields({ ...record, site: record.site || options.site });
    if (parsed.success) courses.push({ ...parsed.data, ...shared.data });
    else errors.push(new RecordsError(describeZodError(parsed.error), fileName, record.row));
  }
  return courses;
}

const byRow = (a: RecordsError, b: RecordsError) => (a.row ?? 0) - (b.row ?? 0);

/** Read and validate every row with the user's mapping; nothing is written here. */
export function checkImport(text: string, fileName: string, options: CheckOptions): ImportCheck {
  const errors: RecordsError[] = [];
  const courses = checkRows(readRows(text, fileName, options, errors), fileName, options, errors);
  errors.sort(byRow);
  checkedLists.add(courses);
  return { courses, errors };
}

/** Stands in for a row once checked (the rows of 100k would otherwise live through the import). */
const CHECKED: InputRecord = { row: -1, key: '', id: '', title: '' };

/** The file has rows that cannot be imported (all of them named); nothing was written. */
export class ImportCheckFailed extends Error {
  override name = 'ImportCheckFailed';
  constructor(readonly errors: RecordsError[]) {
    super(`${errors.length} rows cannot be imported`);
  }
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

export interface ImportOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
  chunk?: number;
  /** The user's rates, for the rupiah sort key of prices in other currencies. */
  rates?: Settings['rates'];
}

/**
 * Write all courses in one transaction, in chunks so progress can be shown and cancel honoured.
 * Cancelling, or any failure (a full disk), rolls everything back: the library is as it was.
 */
export async function importCourses(
  db: BandinginDb,
  courses: ImportedCourse[],
  options: ImportOptions = {},
): Promise<number> {
  const ids = courses.map((course) => courseId(course.site, course.url, course.key));
  // rows straight from checkImport are not parsed twice (mergeBatch still checks what it derives)
  const incomingChecked = checkedLists.has(courses);
  await writeImport(db, ids, (start, end) => courses.slice(start, end), { ...options, incomingChecked });
  return courses.length;
}

/**
 * Check and import a catalogue file in one pass: its rows are checked a chunk at a time, so
 * IndexedDB writes one chunk while the next is checked and merged. A bad row stops the writing; the
 * rest is still checked, so every bad row is named (ImportCheckFailed), and nothing is kept.
 */
export async function importCatalogue(
  db: BandinginDb,
  text: string,
  fileName: string,
  options: CheckOptions & ImportOptions,
): Promise<number> {
  const errors: RecordsError[] = [];
  const records = readRows(text, fileName, options, errors);
  const fail = () => {
    throw new ImportCheckFailed(errors.sort(byRow));
  };
  if (errors.length > 0) {
    checkRows(records, fileName, options, errors);
    fail();
  }
  // A course's id is its site and key (every row has one): the key as the check trims it.
  const ids = records.map((record) =>
    courseId(record.site || options.site, undefined, record.key.trim() || '?'),
  );
  await writeImport(
    db,
    ids,
    (start, end) => {
      const courses = checkRows(records.slice(start, end), fileName, options, errors);
      // a checked row is not needed again: let it go, so each collection has less to walk
      records.fill(CHECKED, start, end);
      if (errors.length > 0) return undefined;
      courses.forEach((course, index) => {
        if (courseId(course.site, course.url, course.key) !== ids[start + index])
          throw new Error(`row ${start + index + 1}: its id changed in the check`);
      });
      return courses;
    },
    { ...options, incomingChecked: true },
  );
  if (errors.length > 0) fail();
  return records.length;
}

/** Rows in an import's first chunk (at most; the others have `chunk`). */
const FIRST_CHUNK = 1000;

/** [start, end) of each chunk; a short first one, as IndexedDB has nothing to write until it is merged. */
function chunkBounds(total: number, chunk: number): [number, number][] {
  const bounds: [number, number][] = [];
  for (let start = 0; start < total; ) {
    const end = Math.min(total, start + (start === 0 ? Math.min(FIRST_CHUNK, chunk) : chunk));
    bounds.push([start, end]);
    start = end;
  }
  return bounds;
}

/** Thrown to roll an import back after a failed check; the caller names the rows. */
class RolledBack extends Error {}

/**
 * The import's one transaction. `chunkOf` gives the courses of rows start..end, or undefined when a
 * row failed its check: from then on nothing is written, the remaining chunks are only asked for (to
 * name every bad row), and the transaction is rolled back.
 */
async function writeImport(
  db: BandinginDb,
  ids: readonly string[],
  chunkOf: (start: number, end: number) => ImportedCourse[] | undefined,
  options: ImportOptions & { incomingChecked: boolean },
): Promise<void> {
  // Big chunks: fewer round trips to IndexedDB; 20 progress steps at 100k rows are plenty.
  const chunk = options.chunk ?? 5000;
  const now = Date.now();
  const total = ids.length;
  await db
    .transaction('rw', [...writeTables(db)], async () => {
      // Everything already stored under these ids, read once (a fresh import reads keys only).
      const current = await readExisting(db, [...ids]);
      // Ordinals, postings and columns are gathered here and written once, after the last course.
      const index = await ImportIndex.open(indexTables(db));
      // A pipeline: each chunk's puts are issued as soon as it is checked and merged, and IndexedDB
      // writes them while the next chunk is. The rows' ids are unique (parseRecords drops repeats), so
      // chunks never merge into each other.
      let writing: Promise<unknown> | undefined;
      let failed = false;
      for (const [start, end] of chunkBounds(total, chunk)) {
        if (options.signal?.aborted) throw new ImportCancelled('import cancelled');
        const courses = chunkOf(start, end);
        failed ||= courses === undefined;
        if (failed || !courses) continue;
        const batch = mergeBatch(courses, ids.slice(start, end), current, now, options.rates, {
          incomingChecked: options.incomingChecked,
        });
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
          options.onProgress?.(start, total);
        }
      }
      await writing;
      // a failed check keeps nothing: rolled back with the transaction
      if (failed) throw new RolledBack();
      await index.finish();
      options.onProgress?.(total, total);
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  await compactMatchIndex(db);
}
