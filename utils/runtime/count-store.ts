/**
 * Concept counts shared between the background (badges), the popup and the dashboard while the
 * library stays the same: counting in IndexedDB walks the index, so the popup's comparison reuses
 * what the badges of the same page counted. Kept in session storage under the library version
 * (utils/library/version.ts) they were read at; any write since makes them stale.
 */
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { CountSnapshot, CountStore } from '../library/candidates';
import type { BandinginDb } from '../library/db';
import { readLibraryVersion } from '../library/version';

const KEY = 'matchCounts';
/** Enough for the concepts of many pages, small enough for session storage. */
const MAX_TOKENS = 5000;

const Stored = z.object({
  version: z.number().positive(),
  total: z.number().int().nonnegative().optional(),
  counts: z.record(z.string().max(80), z.number().int().nonnegative()),
});

export function sessionCountStore(db: BandinginDb): CountStore {
  let loadedAt: Promise<number> | undefined;
  // counts are saved under the version they were read at: a write in between makes them stale
  const versionAtLoad = () => {
    loadedAt ??= readLibraryVersion(db);
    return loadedAt;
  };
  const stored = async (version: number) => {
    // Promise.resolve(): a live query loses track of its reads across a non-Dexie promise otherwise
    const parsed = Stored.safeParse((await Promise.resolve(browser.storage.session.get(KEY)))[KEY]);
    return parsed.success && parsed.data.version === version ? parsed.data : undefined;
  };
  return {
    async load(): Promise<CountSnapshot | undefined> {
      const version = await versionAtLoad();
      const found = version ? await stored(version) : undefined;
      return found && { total: found.total, counts: found.counts };
    },
    async save(snapshot: CountSnapshot): Promise<void> {
      const version = await versionAtLoad();
      if (!version || version !== (await readLibraryVersion(db))) return;
      const counts = { ...(await stored(version))?.counts, ...snapshot.counts };
      const kept = Object.fromEntries(Object.entries(counts).slice(-MAX_TOKENS));
      await Promise.resolve(
        browser.storage.session.set({ [KEY]: { version, total: snapshot.total, counts: kept } }),
      );
    },
  };
}
