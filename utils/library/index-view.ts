/**
 * What a reader keeps of the match index while its extension page or background runs: the index
 * state, the ordinal map and the posting blocks read so far, under the library version they were
 * read at (utils/library/version.ts). Every write bumps that version, so a view is either current or
 * replaced whole; a query reads only the blocks of its own tokens that no earlier query read.
 */
import { flattenColumns } from './columns';
import type { BandinginDb } from './db';
import type { LibraryRows } from './library-order';
import {
  type IndexState,
  indexTableList,
  indexTables,
  readIndexState,
  rebuildMatchIndex,
} from './match-index';
import { DEAD, type OrdinalBlock, OrdinalMap, type PostingBlock, postingOf, tokenBlock } from './postings';
import { readLibraryVersion } from './version';

export class IndexView {
  private readonly blocks = new Map<string, PostingBlock | null>();
  private scoreBuffer?: Float64Array;
  private table?: Promise<LibraryRows>;
  private readonly orders = new Map<string, Uint32Array>();

  constructor(
    private readonly db: BandinginDb,
    readonly version: number,
    readonly state: IndexState,
    readonly ordinals: OrdinalMap,
  ) {}

  /**
   * Read the blocks holding `tokens` in every segment, those not read yet, in one request. False
   * when the library changed meanwhile: the caller takes a fresh view.
   */
  async load(tokens: readonly string[]): Promise<boolean> {
    const wanted = new Map<string, [number, number]>();
    for (const { seg } of this.state.segments)
      for (const token of tokens) {
        const key = `${seg}:${tokenBlock(token)}`;
        if (!this.blocks.has(key)) wanted.set(key, [seg, tokenBlock(token)]);
      }
    if (wanted.size === 0) return true;
    const found = await this.db.postings.bulkGet([...wanted.values()]);
    if ((await readLibraryVersion(this.db)) !== this.version) return false;
    [...wanted.keys()].forEach((key, index) => {
      this.blocks.set(key, found[index] ?? null);
    });
    return true;
  }

  /** A token's ordinals in one segment (load its block first). */
  posting(seg: number, token: string): Uint32Array {
    return postingOf(this.blocks.get(`${seg}:${tokenBlock(token)}`) ?? undefined, token);
  }

  /** Courses listed under `token` in any segment, retired ordinals left out. */
  count(token: string): number {
    let count = 0;
    for (const { seg } of this.state.segments) {
      const ords = this.posting(seg, token);
      if (this.state.dead === 0) count += ords.length;
      else for (const ord of ords) if (this.ordinals.side(ord) !== DEAD) count++;
    }
    return count;
  }

  /** The library table's columns with every course's id and side (read on first use). */
  rows(): Promise<LibraryRows> {
    this.table ??= this.db.columns.toArray().then((blocks) => {
      const size = this.state.nextOrd;
      const { ids, sides } = this.ordinals.flat(size);
      return { size, columns: flattenColumns(blocks, size), ids, sides };
    });
    return this.table;
  }

  /** A value derived from this view, made once (the table's orders; a few are kept). */
  kept(key: string, make: () => Uint32Array): Uint32Array {
    let value = this.orders.get(key);
    if (!value) {
      if (this.orders.size >= 8) this.orders.delete(this.orders.keys().next().value!);
      value = make();
      this.orders.set(key, value);
    }
    return value;
  }

  /** A zeroed score per ordinal, reused across queries: leave it zeroed after use. */
  scores(): Float64Array {
    if (!this.scoreBuffer || this.scoreBuffer.length < this.state.nextOrd)
      this.scoreBuffer = new Float64Array(this.state.nextOrd);
    return this.scoreBuffer;
  }
}

const views = new WeakMap<BandinginDb, Promise<IndexView>>();

/** The current view of `db`'s index: the kept one while the library version holds, else a new one. */
export async function indexView(db: BandinginDb): Promise<IndexView> {
  const version = await readLibraryVersion(db);
  const kept = views.get(db);
  if (kept) {
    const view = await kept.catch(() => undefined);
    if (view && version !== 0 && view.version === version) return view;
  }
  const made = makeView(db);
  views.set(db, made);
  return made;
}

async function makeView(db: BandinginDb): Promise<IndexView> {
  for (;;) {
    const version = await readLibraryVersion(db);
    const state = await readIndexState(db);
    if (!state) {
      await rebuildOutsideQuery(db);
      continue;
    }
    const blocks = new Map<number, OrdinalBlock>();
    for (const block of await db.ordinals.toArray()) blocks.set(block.block, block);
    if ((await readLibraryVersion(db)) === version)
      return new IndexView(db, version, state, new OrdinalMap(blocks));
  }
}

const rebuilds = new WeakMap<BandinginDb, Promise<void>>();

/**
 * A library with courses but no index (written by other means, or a restore interrupted) is indexed
 * once. Readers run inside live queries, which may not write: the rebuild starts from a timer, outside
 * the query's zone, and the reader waits for it.
 */
function rebuildOutsideQuery(db: BandinginDb): Promise<void> {
  let rebuild = rebuilds.get(db);
  if (!rebuild) {
    rebuild = new Promise<void>((done, fail) =>
      setTimeout(() => {
        const t = indexTables(db);
        db.transaction('rw', indexTableList(t), async () => {
          if (!(await readIndexState(t))) await rebuildMatchIndex(t);
        }).then(done, fail);
      }, 0),
    ).finally(() => rebuilds.delete(db));
    rebuilds.set(db, rebuild);
  }
  return rebuild;
}
