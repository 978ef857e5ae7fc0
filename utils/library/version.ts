/**
 * A version of the library's courses, bumped in the same transaction as every write that adds
 * courses or changes their index tokens. Whatever is cached from the match index
 * (utils/library/index-view.ts) carries the version it was read at, so a reader can tell at once
 * whether it still holds. 0 means never written through here (say, a database filled by other
 * means): nothing is cached against it.
 */
import type { BandinginDb } from './db';

const KEY = 'libraryVersion';

/** Anything holding the settings table: the database, or a schema upgrade's view of it. */
type WithSettings = Pick<BandinginDb, 'settings'>;

export async function readLibraryVersion(db: WithSettings): Promise<number> {
  const value = (await db.settings.get(KEY))?.value;
  return typeof value === 'number' ? value : 0;
}

/** Call inside the writing transaction, which must include `db.settings`. */
export async function bumpLibraryVersion(db: WithSettings): Promise<void> {
  const current = await readLibraryVersion(db);
  await db.settings.put({ key: KEY, value: Math.max(Date.now(), current + 1) });
}
