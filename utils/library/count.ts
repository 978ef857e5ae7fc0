/**
 * The library's size. Counting an IndexedDB store walks it (at 100k courses that queues ahead of
 * everything else a page reads), while the match index keeps the count in its state: one read.
 * A library without an index yet is counted the slow way.
 */
import type { BandinginDb } from './db';
import { readIndexState } from './match-index';

export async function libraryCount(db: BandinginDb): Promise<number> {
  return (await readIndexState(db))?.count ?? db.courses.count();
}
