/** The library in IndexedDB (Dexie). Only extension pages and the background open it. */
import Dexie, { type Table } from 'dexie';
import {
  type Course,
  type PriceSnapshot,
  Settings,
  type Shortlist,
  type ShortlistItem,
  type Verdict,
} from '../model';
import type { ColumnBlock } from './columns';
import type { OrdinalBlock, PostingBlock } from './postings';
import { SCHEMA_VERSIONS } from './schema';

export type StoredSnapshot = PriceSnapshot & { seq?: number };

export class BandinginDb extends Dexie {
  courses!: Table<Course, string>;
  snapshots!: Table<StoredSnapshot, number>;
  shortlists!: Table<Shortlist, string>;
  shortlistItems!: Table<ShortlistItem, [string, string]>;
  verdicts!: Table<Verdict, [string, string]>;
  settings!: Table<{ key: string; value: unknown }, string>;
  /** The match index (schema v6, utils/library/match-index.ts). */
  postings!: Table<PostingBlock, [number, number]>;
  ordinals!: Table<OrdinalBlock, number>;
  /** The library table's columns (schema v7, utils/library/columns.ts). */
  columns!: Table<ColumnBlock, number>;

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

export async function readSettings(db: BandinginDb): Promise<Settings> {
  const row = await db.settings.get('settings');
  const parsed = Settings.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function writeSettings(db: BandinginDb, settings: Settings): Promise<void> {
  await db.settings.put({ key: 'settings', value: Settings.parse(settings) });
}
