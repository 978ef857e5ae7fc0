/** Writing courses into the library: merge with what is stored, upsert, keep the prices that ended. */

import { courseId } from '../course-keys';
import { LIMITS } from '../limits';
import {
  type CapturedCourse,
  Course,
  type IncomingCourse,
  type PriceSnapshot,
  type Settings,
} from '../model';
import { describeZodError } from '../zod-errors';
import type { BandinginDb } from './db';
import { mergeCapture } from './ingest';
import { compactMatchIndex, indexCourses, indexTables, rebuildMatchIndex } from './match-index';
import { bumpLibraryVersion } from './version';

/**
 * Store captured or imported courses: upsert each (keeping firstSeen); where a price changed, the
 * one it replaced becomes a snapshot. Call inside a transaction to make a larger write all-or-nothing.
 * `rates` turn other currencies into the rupiah sort key. A course that would not be a valid stored
 * course is not written; its reason goes to `rejected`. Returns the stored records.
 */
export async function storeCourses(
  db: BandinginDb,
  incoming: IncomingCourse[],
  now = Date.now(),
  options: { rates?: Settings['rates']; rejected?: RejectedCourse[] } = {},
) {
  const stored = await db.transaction('rw', [...writeTables(db)], async () => {
    const ids = incoming.map((course) => courseId(course.site, course.url, course.key));
    const batch = mergeBatch(incoming, ids, await readExisting(db, ids), now, options.rates);
    options.rejected?.push(...batch.rejected);
    await writeBatch(db, batch);
    return batch.courses;
  });
  scheduleCompaction(db);
  return stored;
}

/** The tables a write of courses touches: the courses, their prices, the library's indexes, settings. */
export const writeTables = (db: BandinginDb) =>
  [db.courses, db.snapshots, db.settings, db.postings, db.ordinals, db.columns] as const;

/** Merge the match index's segments after a write, apart from it (utils/library/match-index.ts). */
export function scheduleCompaction(db: BandinginDb): void {
  setTimeout(() => {
    if (!db.isOpen()) return; // closed or deleted meanwhile: the next write tries again
    compactMatchIndex(db).catch((error) => {
      if (db.isOpen()) console.warn('Bandingin: merging the match index failed', error);
    });
  }, 0);
}

/** A course the library would not keep: its place in the incoming list, its id and why. */
export interface RejectedCourse {
  index: number;
  id: string;
  reason: string;
}

export interface MergedBatch {
  courses: Course[];
  snapshots: PriceSnapshot[];
  rejected: RejectedCourse[];
  /** Match-index ordinals the batch's courses leave. */
  retired: number[];
}

/**
 * What can break in what `mergeCapture` derives from a checked course: its canonical URL can outgrow
 * the limit (escapes). The rest is bounded where it is made (boundId, courseTokens, foldTitle, the
 * clock), which the backup round trip's property test holds for imported rows.
 */
const invalidCourse = (course: Course) => {
  const valid = Course.safeParse(course);
  return valid.success ? undefined : describeZodError(valid.error);
};

function derivedFault(course: Course): string | undefined {
  if (course.url !== undefined && course.url.length > LIMITS.url)
    return `url: longer than ${LIMITS.url} characters once made canonical`;
  return undefined;
}

/**
 * Merge incoming courses (ids from courseId) with the stored ones; pure, no reads or writes.
 * Every merged course is checked against the stored-course schema, so nothing the library could
 * not restore from its own backup is ever written. `incomingChecked`: the incoming courses were
 * parsed by their schema (an import's checked rows), so a new course's own fields hold.
 */
export function mergeBatch(
  incoming: IncomingCourse[],
  ids: string[],
  current: Map<string, Course>,
  now: number,
  rates?: Settings['rates'],
  options: { incomingChecked?: boolean } = {},
): MergedBatch {
  const changed = new Map<string, Course>();
  const snapshots: PriceSnapshot[] = [];
  const rejected: RejectedCourse[] = [];
  const retired: number[] = [];
  incoming.forEach((course, index) => {
    const id = ids[index]!;
    const existing = changed.get(id) ?? current.get(id);
    const result = mergeCapture(course, existing, now, rates, id);
    // A new course made of checked fields needs only its derived ones checked: zod without its
    // compiler costs about 20 µs a course in an extension page, two seconds of a 100k-row import.
    const fault =
      options.incomingChecked && !existing ? derivedFault(result.course) : invalidCourse(result.course);
    if (fault) {
      rejected.push({ index, id, reason: fault });
      return;
    }
    changed.set(id, result.course);
    if (result.snapshot) snapshots.push(result.snapshot);
    if (result.retired !== undefined) retired.push(result.retired);
  });
  return { courses: [...changed.values()], snapshots, rejected, retired };
}

/** Write a merged batch (inside the caller's transaction over `writeTables`). */
export async function writeBatch(db: BandinginDb, batch: MergedBatch): Promise<void> {
  await bumpLibraryVersion(db);
  const indexed = await indexCourses(indexTables(db), batch.courses, batch.retired);
  await db.courses.bulkPut(batch.courses);
  if (batch.snapshots.length) await db.snapshots.bulkAdd(batch.snapshots);
  // no index yet (a new database): build it from everything stored, these courses included
  if (!indexed) await rebuildMatchIndex(indexTables(db));
}

/**
 * The stored courses among `ids`. One key-only range read first (an import's ids share a site
 * prefix, so the range is narrow), then values only for the keys that exist: a fresh import of
 * 100k rows reads no records at all.
 */
export async function readExisting(db: BandinginDb, ids: string[]): Promise<Map<string, Course>> {
  const wanted = new Set(ids);
  if (wanted.size === 0) return new Map();
  let min = ids[0]!;
  let max = ids[0]!;
  for (const id of wanted) {
    if (id < min) min = id;
    if (id > max) max = id;
  }
  const keys = (await db.courses.where(':id').between(min, max, true, true).primaryKeys()) as string[];
  const present = keys.filter((key) => wanted.has(key));
  if (present.length === 0) return new Map();
  const stored = await db.courses.bulkGet(present);
  return new Map(stored.filter((course) => course !== undefined).map((course) => [course.id, course]));
}

/** Courses a page showed. */
export const storeCaptured = (db: BandinginDb, captured: CapturedCourse[], now = Date.now()) =>
  storeCourses(db, captured, now);
