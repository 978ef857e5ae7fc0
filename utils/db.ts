/** The library in IndexedDB (Dexie). Only extension pages and the background open it. */
import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './db-schema';
import { courseId, mergeCapture } from './ingest';
import {
  type CapturedCourse,
  type Course,
  type IncomingCourse,
  type PriceSnapshot,
  Settings,
  type Shortlist,
  type ShortlistItem,
  type Verdict,
} from './model';

export type StoredSnapshot = PriceSnapshot & { seq?: number };

export class BandinginDb extends Dexie {
  courses!: Table<Course, string>;
  snapshots!: Table<StoredSnapshot, number>;
  shortlists!: Table<Shortlist, string>;
  shortlistItems!: Table<ShortlistItem, [string, string]>;
  verdicts!: Table<Verdict, [string, string]>;
  settings!: Table<{ key: string; value: unknown }, string>;

  constructor(name = 'bandingin') {
    super(name);
    for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
      const declared = this.version(version).stores(stores);
      if (upgrade) declared.upgrade(upgrade);
    }
  }
}

let shared: BandinginDb | undefined;
/** The one database of this extension context. */
export function getDb(): BandinginDb {
  shared ??= new BandinginDb();
  return shared;
}

/**
 * Store captured or imported courses: upsert each (keeping firstSeen) and append a price snapshot
 * only where the price changed. Call inside a transaction to make a larger write all-or-nothing.
 * Returns the stored records.
 */
export async function storeCourses(db: BandinginDb, incoming: IncomingCourse[], now = Date.now()) {
  return db.transaction('rw', db.courses, db.snapshots, async () => {
    const ids = incoming.map((course) => courseId(course.site, course.url, course.key));
    const stored = await db.courses.bulkGet([...new Set(ids)]);
    const current = new Map(
      stored.filter((course) => course !== undefined).map((course) => [course.id, course]),
    );
    const changed = new Map<string, Course>();
    const snapshots: PriceSnapshot[] = [];
    incoming.forEach((course, index) => {
      const id = ids[index]!;
      const result = mergeCapture(course, changed.get(id) ?? current.get(id), now);
      changed.set(id, result.course);
      if (result.snapshot) snapshots.push(result.snapshot);
    });
    await db.courses.bulkPut([...changed.values()]);
    if (snapshots.length) await db.snapshots.bulkAdd(snapshots);
    return [...changed.values()];
  });
}

/** Courses a page showed. */
export const storeCaptured = (db: BandinginDb, captured: CapturedCourse[], now = Date.now()) =>
  storeCourses(db, captured, now);

export async function readSettings(db: BandinginDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function writeSettings(db: BandinginDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: Settings.parse(settings) });
}
