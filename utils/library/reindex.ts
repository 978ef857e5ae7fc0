/**
 * Index tokens are derived by the matcher. When its output changes (TOKENS_VERSION), every stored
 * course is re-tokenised once and the match index rebuilt, so candidate retrieval keeps finding
 * them; a library without a match index (written by other means) is indexed the same way.
 */

import { courseTokens, TOKENS_VERSION } from '../match/tokens';
import type { BandinginDb } from './db';
import { indexTableList, indexTables, readIndexState, rebuildMatchIndex } from './match-index';
import { bumpLibraryVersion } from './version';

const KEY = 'tokensVersion';

/**
 * Record that every stored course carries this version's tokens (after a re-index, or a restore that
 * recomputed them); counts cached over the old tokens no longer hold.
 */
export async function markTokensCurrent(db: BandinginDb): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: KEY, value: TOKENS_VERSION });
    await bumpLibraryVersion(db);
  });
}

export async function reindexIfStale(db: BandinginDb, chunk = 2000): Promise<number> {
  const current = (await db.settings.get(KEY))?.value === TOKENS_VERSION;
  if (current && (await readIndexState(db))) return 0;
  const t = indexTables(db);
  // One transaction: a capture landing meanwhile waits, and is indexed on top of the new index.
  const done = await db.transaction('rw', indexTableList(t), () =>
    rebuildMatchIndex(t, { tokens: current ? undefined : courseTokens, chunk }),
  );
  await markTokensCurrent(db);
  return done;
}
