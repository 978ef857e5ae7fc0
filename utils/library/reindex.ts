/**
 * Index tokens are derived by the matcher. When its output changes (TOKENS_VERSION), every stored
 * course is re-tokenised once, in chunks, so candidate retrieval keeps finding them.
 */

import { courseTokens, TOKENS_VERSION } from '../match/tokens';
import type { BandinginDb } from './db';
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
  const stored = await db.settings.get(KEY);
  if (stored?.value === TOKENS_VERSION) return 0;
  let done = 0;
  let lastId: string | undefined;
  for (;;) {
    const batch = await (lastId === undefined
      ? db.courses.orderBy('id')
      : db.courses.where('id').above(lastId)
    )
      .limit(chunk)
      .toArray();
    if (batch.length === 0) break;
    const first = batch[0]!.id;
    const last = batch.at(-1)!.id;
    // modify() re-reads inside its own transaction, so a capture landing meanwhile is not overwritten.
    await db.courses
      .where('id')
      .between(first, last, true, true)
      .modify((course) => {
        course.tokens = courseTokens(course);
      });
    done += batch.length;
    lastId = last;
  }
  await markTokensCurrent(db);
  return done;
}
