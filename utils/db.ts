/** The library in IndexedDB (Dexie). Only extension pages and the background open it. */
import Dexie, { type Table } from 'dexie';
import { SCHEMA_VERSIONS } from './db-schema';
import { courseId, mergeCapture } from './ingest';
import {
  type CapturedCourse,
  type Course,
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
 * Store captured courses in one transaction: upsert each (keeping firstSeen) and append a
 * price snapshot only where the price changed. Returns the stored records.
 */
export async function storeCaptured(db: BandinginDb, captured: CapturedCourse[], now = Date.now()) {
  return db.transaction('rw', db.courses, db.snapshots, async () => {
    const results = [];
    const seen = new Map<string, Course>();
    for (const course of captured) {
      const id = courseId(course.site, course.url, course.key);
      const existing = seen.get(id) ?? (await db.courses.get(id));
      const result = mergeCapture(course, existing, now);
      seen.set(result.course.id, result.course);
      results.push(result);
    }
    await db.courses.bulkPut([...seen.values()]);
    const snapshots = results.flatMap((result) => (result.snapshot ? [result.snapshot] : []));
    if (snapshots.length) await db.snapshots.bulkAdd(snapshots);
    return [...seen.values()];
  });
}

export async function readSettings(db: BandinginDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function writeSettings(db: BandinginDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: Settings.parse(settings) });
}
