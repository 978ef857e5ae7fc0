/**
 * The library's price sort key (`sortPrice`, whole rupiah) depends on the currency rates. After the
 * user changes a rate, the keys of courses priced in other currencies are recomputed in chunks, so
 * the dashboard can show progress and stay responsive. The rates the keys were made with are
 * stamped when a pass completes: an interrupted pass is simply run again.
 */
import { sortKeys } from '../course-keys';
import type { Course, Settings } from '../model';
import type { BandinginDb } from './db';
import { indexTableList, indexTables, updateColumns } from './match-index';
import { bumpLibraryVersion } from './version';

const STAMP = 'priceKeysRates';

/** What the price keys depend on: each currency's rupiah value (not the rate's date). */
export const ratesStamp = (rates: Settings['rates']) =>
  JSON.stringify(
    Object.entries(rates)
      .map(([currency, rate]) => [currency, rate.idr])
      .sort(([a], [b]) => String(a).localeCompare(String(b))),
  );

/** The stamp of the rates the price keys were made with. */
const readPriceKeysStamp = async (db: BandinginDb) => (await db.settings.get(STAMP))?.value;

export async function priceKeysCurrent(db: BandinginDb, rates: Settings['rates']): Promise<boolean> {
  return (await readPriceKeysStamp(db)) === ratesStamp(rates);
}

/** Recompute the price keys that `rates` change; returns how many courses were rewritten. */
export async function refreshPriceKeys(
  db: BandinginDb,
  rates: Settings['rates'],
  options: { chunk?: number; onProgress?: (done: number, total: number) => void } = {},
): Promise<number> {
  const { chunk = 2000, onProgress } = options;
  const total = await db.courses.count();
  let after: string | undefined;
  let done = 0;
  let rewritten = 0;
  for (;;) {
    const t = indexTables(db);
    const read = await db.transaction('rw', indexTableList(t), async () => {
      const page = await (after === undefined
        ? db.courses.orderBy(':id')
        : db.courses.where(':id').above(after)
      )
        .limit(chunk)
        .toArray();
      const changed: Course[] = [];
      for (const course of page) {
        if (!course.price || course.price.currency === 'IDR') continue;
        const { sortPrice } = sortKeys(course, rates);
        if (sortPrice !== course.sortPrice) changed.push({ ...course, sortPrice });
      }
      if (changed.length) {
        await db.courses.bulkPut(changed);
        // the table's price column moves with them; readers see it by the library version
        await updateColumns(t, changed);
        await bumpLibraryVersion(db);
      }
      rewritten += changed.length;
      after = page.at(-1)?.id;
      return page.length;
    });
    done += read;
    onProgress?.(Math.min(done, total), total);
    if (read < chunk) break;
  }
  await markPriceKeysCurrent(db, rates);
  return rewritten;
}

/** Record that every price key was made with `rates` (after a pass, or a restore that made them). */
export async function markPriceKeysCurrent(db: BandinginDb, rates: Settings['rates']): Promise<void> {
  await db.settings.put({ key: STAMP, value: ratesStamp(rates) });
}
