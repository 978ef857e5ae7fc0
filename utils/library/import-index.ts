/**
 * An import's part of the library's indexes, gathered in memory and written once at its end: the
 * courses get their ordinals as they are merged, and their postings (one new segment), ordinals and
 * table columns are written after the last course. So an import's chunks are nothing but puts of
 * courses, issued back to back, and IndexedDB never waits for the bookkeeping between them. New
 * ordinals go straight into their blocks (typed arrays, ids joined), not into 100k entry objects the
 * garbage collector would walk for the whole import.
 */
import type { Course } from '../model';
import { type ColumnBlock, type ColumnValues, columnValues, writeColumns } from './columns';
import {
  type IndexState,
  type IndexTables,
  readIndexState,
  rebuildMatchIndex,
  writeIndexState,
} from './match-index';
import { DEAD, ORDINAL_BLOCK, type OrdinalBlock, SegmentBuilder, SIDE_CODE, writeOrdinals } from './postings';
import { bumpLibraryVersion } from './version';

type OrdinalEntry = { ord: number; id?: string; side: number };
type ColumnEntry = { ord: number; values: ColumnValues };

const blockOf = (ord: number) => Math.floor(ord / ORDINAL_BLOCK);

export class ImportIndex {
  private readonly segment = new SegmentBuilder();
  /** The blocks of the ordinals this import gives out, filled as it goes. */
  private readonly ordinalBlocks = new Map<number, OrdinalBlock>();
  private readonly columnBlocks = new Map<number, ColumnBlock>();
  /** Changes to ordinals given out before the import (courses it updates or re-indexes). */
  private readonly olderOrdinals: OrdinalEntry[] = [];
  private readonly olderColumns: ColumnEntry[] = [];

  private constructor(
    private readonly t: IndexTables,
    /** Undefined: the library has courses but no index; it is rebuilt at the end. */
    private readonly state: IndexState | undefined,
    /** The first ordinal this import gives out. */
    private readonly firstNew: number,
  ) {}

  /** Start (inside the import's transaction). An empty library starts an empty index. */
  static async open(t: IndexTables): Promise<ImportIndex> {
    let state = await readIndexState(t);
    if (!state && (await t.courses.limit(1).count()) === 0)
      state = { segments: [], nextSeg: 1, nextOrd: 0, count: 0, dead: 0 };
    const index = new ImportIndex(t, state, state?.nextOrd ?? 0);
    if (state && state.nextOrd % ORDINAL_BLOCK !== 0) {
      // the block the first new ordinal falls in is partly filled: start from what it holds
      const number = blockOf(state.nextOrd);
      const [ordinals, columns] = await Promise.all([t.ordinals.get(number), t.columns?.get(number)]);
      if (ordinals) index.ordinalBlocks.set(number, ordinals);
      if (columns) index.columnBlocks.set(number, columns);
    }
    return index;
  }

  /** Give the batch's new courses their ordinals (before they are put) and note what they change. */
  add(courses: readonly Course[], retired: readonly number[]): void {
    const state = this.state;
    if (!state) return;
    const ordinals: OrdinalEntry[] = [];
    const columns: ColumnEntry[] = [];
    for (const ord of retired) this.olderOrdinals.push({ ord, side: DEAD });
    for (const course of courses) {
      if (course.ord === undefined) {
        course.ord = state.nextOrd++;
        state.count++;
        ordinals.push({ ord: course.ord, id: course.id, side: SIDE_CODE[course.side] ?? DEAD });
        this.segment.add(course.ord, course.tokens ?? []);
      }
      const entry = { ord: course.ord, values: columnValues(course) };
      if (course.ord >= this.firstNew) columns.push(entry);
      else this.olderColumns.push(entry);
    }
    writeOrdinals(this.ordinalBlocks, ordinals);
    writeColumns(this.columnBlocks, columns);
    state.count -= retired.length;
    state.dead += retired.length;
  }

  /** The blocks held here, and the stored blocks of `entries` that are not. */
  private async withStored<B extends { block: number }>(
    table: { bulkGet(keys: number[]): Promise<(B | undefined)[]> },
    held: Map<number, B>,
    entries: readonly { ord: number }[],
  ): Promise<Map<number, B>> {
    const missing = [...new Set(entries.map((entry) => blockOf(entry.ord)))].filter((n) => !held.has(n));
    const blocks = new Map(held);
    for (const block of await table.bulkGet(missing)) if (block) blocks.set(block.block, block);
    return blocks;
  }

  /** Write what the import gathered (inside its transaction, after its courses). */
  async finish(): Promise<void> {
    const { t, state } = this;
    await bumpLibraryVersion(t);
    if (!state) {
      await rebuildMatchIndex(t);
      return;
    }
    // older ordinals' changes: in the blocks held here, or in their blocks as stored
    const ordinals = await this.withStored(t.ordinals, this.ordinalBlocks, this.olderOrdinals);
    writeOrdinals(ordinals, this.olderOrdinals);
    await t.ordinals.bulkPut([...ordinals.values()]);
    if (t.columns) {
      const columns = await this.withStored(t.columns, this.columnBlocks, this.olderColumns);
      writeColumns(columns, this.olderColumns);
      await t.columns.bulkPut([...columns.values()]);
    }
    if (!this.segment.empty) {
      const seg = state.nextSeg++;
      await t.postings.bulkPut(this.segment.blocks(seg));
      state.segments.push({ seg, docs: this.segment.docs, live: false });
    }
    await writeIndexState(t, state);
  }
}
