/**
 * The match index in IndexedDB (schema v6): segments of token postings over course ordinals, and
 * the ordinal map (ordinal → course id and side). An import writes one segment; captures go to a
 * small live segment; `compactMatchIndex` merges segments when there are many, so a query reads at
 * most a few records per token whatever the library's size. Every write here runs inside the
 * caller's transaction together with the course writes, and the library version is bumped with it.
 * Formats: utils/library/postings.ts.
 */
import type { Table, Transaction } from 'dexie';
import { z } from 'zod';
import type { Course } from '../model';
import { type ColumnBlock, type ColumnValues, columnValues, writeColumns } from './columns';
import type { BandinginDb } from './db';
import {
  DEAD,
  ORDINAL_BLOCK,
  type OrdinalBlock,
  OrdinalMap,
  type PostingBlock,
  SegmentBuilder,
  SIDE_CODE,
  tokenBlock,
  writeOrdinals,
} from './postings';
import { bumpLibraryVersion } from './version';

export interface IndexTables {
  courses: Table<Course, string>;
  postings: Table<PostingBlock, [number, number]>;
  ordinals: Table<OrdinalBlock, number>;
  settings: Table<{ key: string; value: unknown }, string>;
  /** The library table's columns (schema v7; absent in the upgrades before it). */
  columns?: Table<ColumnBlock, number>;
}

export const indexTables = (db: BandinginDb): IndexTables => ({
  courses: db.courses,
  postings: db.postings,
  ordinals: db.ordinals,
  settings: db.settings,
  columns: db.columns,
});

/** The tables, for a transaction's list. */
export const indexTableList = (t: IndexTables) =>
  [t.courses, t.postings, t.ordinals, t.settings, ...(t.columns ? [t.columns] : [])] as const;

/**
 * The same tables inside a schema upgrade, where only the transaction knows them; the columns only
 * from the upgrade that makes them (v7) on.
 */
export const upgradeTables = (tx: Transaction, options: { columns?: boolean } = {}): IndexTables => ({
  courses: tx.table('courses'),
  postings: tx.table('postings'),
  ordinals: tx.table('ordinals'),
  settings: tx.table('settings'),
  ...(options.columns && { columns: tx.table('columns') }),
});

const STATE_KEY = 'matchIndex';
/** A live segment holding this many courses is sealed; the next capture starts a new one. */
export const LIVE_DOCS = 2000;
/** More segments than this are merged (utils: compactMatchIndex). */
export const MAX_SEGMENTS = 8;

const Segment = z.object({
  seg: z.number().int().nonnegative(),
  docs: z.number().int().nonnegative(),
  live: z.boolean(),
});
export type Segment = z.infer<typeof Segment>;

const IndexState = z.object({
  segments: z.array(Segment),
  nextSeg: z.number().int().nonnegative(),
  /** The next ordinal to give; ordinals are never reused. */
  nextOrd: z.number().int().nonnegative(),
  /** Courses in the index (the library's size, `total` for IDF). */
  count: z.number().int().nonnegative(),
  /** Retired ordinals still listed in some segment's postings (dropped when segments merge). */
  dead: z.number().int().nonnegative(),
});
export type IndexState = z.infer<typeof IndexState>;

/** The index's state; undefined when there is none (a new database, or one written by other means). */
export async function readIndexState(t: Pick<IndexTables, 'settings'>): Promise<IndexState | undefined> {
  const parsed = IndexState.safeParse((await t.settings.get(STATE_KEY))?.value);
  return parsed.success ? parsed.data : undefined;
}

export const writeIndexState = (t: IndexTables, state: IndexState) =>
  t.settings.put({ key: STATE_KEY, value: state });

/** Drop the index (a restore or a clear rebuilds it from the courses). */
export async function dropMatchIndex(t: IndexTables): Promise<void> {
  await Promise.all([
    t.postings.clear(),
    t.ordinals.clear(),
    t.columns?.clear(),
    t.settings.delete(STATE_KEY),
  ]);
}

/** Every stored course in id order, a page at a time (a 100k library is never read whole). */
export async function forEachCoursePage(
  courses: Table<Course, string>,
  chunk: number,
  visit: (page: Course[]) => Promise<void> | void,
): Promise<void> {
  let last: string | undefined;
  for (;;) {
    const page = await (last === undefined ? courses.orderBy(':id') : courses.where(':id').above(last))
      .limit(chunk)
      .toArray();
    if (page.length === 0) return;
    await visit(page);
    last = page.at(-1)!.id;
  }
}

/** Ordinals beyond this are not ours (a course written by other means): such a course gets a new one. */
const MAX_ORD = 2 ** 26;

/**
 * Build the whole index from the stored courses. A course keeps its ordinal when it has a sound one
 * (unique, in range); the others get new ones after the highest, in id order, and are written back:
 * after the schema upgrade every course is such a one, so ordinal order is id order. `tokens`
 * recomputes each course's tokens (a new matcher) and writes them back. Call inside a rw transaction
 * over the index tables.
 */
export async function rebuildMatchIndex(
  t: IndexTables,
  options: { tokens?: (course: Course) => string[]; chunk?: number } = {},
): Promise<number> {
  const chunk = options.chunk ?? 2000;
  await dropMatchIndex(t);
  const builder = new SegmentBuilder();
  const entries: { ord: number; id: string; side: number }[] = [];
  const columns: { ord: number; values: ColumnValues }[] = [];
  const taken = new Set<number>();
  const pending: string[] = [];
  let next = 0;
  await forEachCoursePage(t.courses, chunk, async (page) => {
    const changed: Course[] = [];
    for (const course of page) {
      if (options.tokens) {
        course.tokens = options.tokens(course);
        changed.push(course);
      }
      const { ord } = course;
      if (ord === undefined || !Number.isInteger(ord) || ord < 0 || ord >= MAX_ORD || taken.has(ord)) {
        pending.push(course.id);
        continue;
      }
      taken.add(ord);
      next = Math.max(next, ord + 1);
      builder.add(ord, course.tokens ?? []);
      entries.push({ ord, id: course.id, side: SIDE_CODE[course.side] ?? DEAD });
      columns.push({ ord, values: columnValues(course) });
    }
    if (changed.length) await t.courses.bulkPut(changed);
  });
  // the courses without a sound ordinal, read again a chunk at a time: they get one and are written
  for (let start = 0; start < pending.length; start += chunk) {
    const page = (await t.courses.bulkGet(pending.slice(start, start + chunk))).filter(
      (course): course is Course => course !== undefined,
    );
    for (const course of page) {
      course.ord = next++;
      builder.add(course.ord, course.tokens ?? []);
      entries.push({ ord: course.ord, id: course.id, side: SIDE_CODE[course.side] ?? DEAD });
      columns.push({ ord: course.ord, values: columnValues(course) });
    }
    await t.courses.bulkPut(page);
  }
  await t.ordinals.bulkPut(writeOrdinals(new Map(), entries));
  await t.columns?.bulkPut(writeColumns(new Map(), columns));
  const state: IndexState = { segments: [], nextSeg: 1, nextOrd: next, count: entries.length, dead: 0 };
  if (!builder.empty) {
    await t.postings.bulkPut(builder.blocks(1));
    state.segments.push({ seg: 1, docs: builder.docs, live: false });
    state.nextSeg = 2;
  }
  await writeIndexState(t, state);
  await bumpLibraryVersion(t);
  return entries.length;
}

/**
 * Index courses being written (call before they are put: new ones get their ordinal here). A course
 * without `ord` is new to the index: a new course, or one whose tokens or side changed, whose old
 * ordinal is in `retired`. Postings go to the live segment (an import collects its own: see
 * utils/library/import-index.ts). Returns false when there is no index yet: the caller rebuilds it
 * after writing.
 */
export async function indexCourses(
  t: IndexTables,
  courses: readonly Course[],
  retired: readonly number[],
): Promise<boolean> {
  const state = await readIndexState(t);
  if (!state) return false;
  const fresh = courses.filter((course) => course.ord === undefined);
  const entries: { ord: number; id?: string; side: number }[] = retired.map((ord) => ({ ord, side: DEAD }));
  for (const course of fresh) {
    course.ord = state.nextOrd++;
    entries.push({ ord: course.ord, id: course.id, side: SIDE_CODE[course.side] ?? DEAD });
  }
  // every course written moves in the table (it was seen now), new or not
  await updateColumns(t, courses);
  if (fresh.length === 0 && retired.length === 0) return true;
  const blocks = [...new Set(entries.map((entry) => Math.floor(entry.ord / ORDINAL_BLOCK)))];
  const stored = new Map(
    (await t.ordinals.bulkGet(blocks))
      .filter((block): block is OrdinalBlock => block !== undefined)
      .map((block) => [block.block, block]),
  );
  await t.ordinals.bulkPut(writeOrdinals(stored, entries));
  state.count += fresh.length - retired.length;
  state.dead += retired.length;
  if (fresh.length) await addToLive(t, state, fresh);
  await writeIndexState(t, state);
  return true;
}

/** The table's columns of every stored course that has an ordinal, written anew. */
export async function rebuildColumns(t: IndexTables, chunk = 2000): Promise<void> {
  if (!t.columns) return;
  await t.columns.clear();
  const blocks = new Map<number, ColumnBlock>();
  await forEachCoursePage(t.courses, chunk, (page) => {
    const entries = page.flatMap((course) =>
      course.ord === undefined ? [] : [{ ord: course.ord, values: columnValues(course) }],
    );
    writeColumns(blocks, entries);
  });
  await t.columns.bulkPut([...blocks.values()]);
  await bumpLibraryVersion(t);
}

/** Courses' values in the table's columns: their blocks read, changed and written back. */
export async function updateColumns(t: IndexTables, written: readonly Course[]): Promise<void> {
  const courses = written.filter((course) => course.ord !== undefined);
  if (!t.columns || courses.length === 0) return;
  const numbers = [...new Set(courses.map((course) => Math.floor(course.ord! / ORDINAL_BLOCK)))];
  const stored = new Map(
    (await t.columns.bulkGet(numbers))
      .filter((block): block is ColumnBlock => block !== undefined)
      .map((block) => [block.block, block]),
  );
  const entries = courses.map((course) => ({ ord: course.ord!, values: columnValues(course) }));
  await t.columns.bulkPut(writeColumns(stored, entries));
}

/** The live segment's touched blocks, read, extended with the new courses and written back. */
async function addToLive(t: IndexTables, state: IndexState, courses: readonly Course[]): Promise<void> {
  let live = state.segments.find((segment) => segment.live);
  if (!live) {
    live = { seg: state.nextSeg++, docs: 0, live: true };
    state.segments.push(live);
  }
  const touched = [...new Set(courses.flatMap((course) => (course.tokens ?? []).map(tokenBlock)))];
  const builder = new SegmentBuilder();
  for (const block of await t.postings.bulkGet(touched.map((block) => [live.seg, block] as [number, number])))
    if (block) builder.addBlock(block, () => true);
  for (const course of courses) builder.add(course.ord!, course.tokens ?? []);
  await t.postings.bulkPut(builder.blocks(live.seg));
  live.docs += courses.length;
  if (live.docs >= LIVE_DOCS) live.live = false;
}

/**
 * Which segments to merge: none while there are few; else all but the largest when it dwarfs the
 * rest (a big import stays put while captures pile up), else all of them.
 */
export function mergePlan(segments: readonly Segment[]): Segment[] {
  if (segments.length <= MAX_SEGMENTS) return [];
  const sorted = [...segments].sort((a, b) => b.docs - a.docs);
  const rest = sorted.slice(1).reduce((sum, segment) => sum + segment.docs, 0);
  return sorted[0]!.docs >= 4 * rest ? sorted.slice(1) : sorted;
}

/**
 * Merge segments when there are too many (runs after a write, in its own transaction): their
 * postings become one segment, without the retired ordinals. Returns how many segments were merged.
 */
export async function compactMatchIndex(db: BandinginDb): Promise<number> {
  const t = indexTables(db);
  return db.transaction('rw', [t.courses, t.postings, t.ordinals, t.settings], async () => {
    const state = await readIndexState(t);
    if (!state) return 0;
    const merging = mergePlan(state.segments);
    if (merging.length === 0) return 0;
    const map = new OrdinalMap(new Map((await t.ordinals.toArray()).map((block) => [block.block, block])));
    const builder = new SegmentBuilder();
    const segs = merging.map((segment) => segment.seg);
    const blocks = await t.postings.where('seg').anyOf(segs).toArray();
    for (const block of blocks) builder.addBlock(block, (ord) => map.side(ord) !== DEAD);
    const seg = state.nextSeg++;
    await t.postings.where('seg').anyOf(segs).delete();
    await t.postings.bulkPut(builder.blocks(seg));
    const docs = merging.reduce((sum, segment) => sum + segment.docs, 0);
    state.segments = [
      ...state.segments.filter((segment) => !segs.includes(segment.seg)),
      { seg, docs, live: false },
    ];
    if (state.segments.length === 1) state.dead = 0;
    await writeIndexState(t, state);
    await bumpLibraryVersion(db);
    return merging.length;
  });
}
