/**
 * An import's part of the library's indexes, gathered in memory and written once at its end: the
 * courses get their ordinals as they are merged, and their postings (one new segment), ordinals and
 * table columns are written after the last course. So an import's chunks are nothing but puts of
 * courses, issued back to back, and IndexedDB never waits for the bookkeeping between them.
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

export class ImportIndex {
  private readonly segment = new SegmentBuilder();
  private readonly ordinals: { ord: number; id?: string; side: number }[] = [];
  private readonly columns: { ord: number; values: ColumnValues }[] = [];

  private constructor(
    private readonly t: IndexTables,
    /** Undefined: the library has courses but no index; it is rebuilt at the end. */
    private readonly state: IndexState | undefined,
  ) {}

  /** Start (inside the import's transaction). An empty library starts an empty index. */
  static async open(t: IndexTables): Promise<ImportIndex> {
    let state = await readIndexState(t);
    if (!state && (await t.courses.limit(1).count()) === 0)
      state = { segments: [], nextSeg: 1, nextOrd: 0, count: 0, dead: 0 };
    return new ImportIndex(t, state);
  }

  /** Give the batch's new courses their ordinals (before they are put) and note what they change. */
  add(courses: readonly Course[], retired: readonly number[]): void {
    const state = this.state;
    if (!state) return;
    for (const ord of retired) this.ordinals.push({ ord, side: DEAD });
    for (const course of courses) {
      if (course.ord === undefined) {
        course.ord = state.nextOrd++;
        state.count++;
        this.ordinals.push({ ord: course.ord, id: course.id, side: SIDE_CODE[course.side] ?? DEAD });
        this.segment.add(course.ord, course.tokens ?? []);
      }
      this.columns.push({ ord: course.ord, values: columnValues(course) });
    }
    state.count -= retired.length;
    state.dead += retired.length;
  }

  /** Write what the import gathered (inside its transaction, after its courses). */
  async finish(): Promise<void> {
    const { t, state } = this;
    await bumpLibraryVersion(t);
    if (!state) {
      await rebuildMatchIndex(t);
      return;
    }
    const blocks = (entries: readonly { ord: number }[]) => [
      ...new Set(entries.map((entry) => Math.floor(entry.ord / ORDINAL_BLOCK))),
    ];
    const ordinals = await t.ordinals.bulkGet(blocks(this.ordinals));
    await t.ordinals.bulkPut(
      writeOrdinals(
        new Map(ordinals.filter((b): b is OrdinalBlock => b !== undefined).map((b) => [b.block, b])),
        this.ordinals,
      ),
    );
    if (t.columns) {
      const columns = await t.columns.bulkGet(blocks(this.columns));
      await t.columns.bulkPut(
        writeColumns(
          new Map(columns.filter((b): b is ColumnBlock => b !== undefined).map((b) => [b.block, b])),
          this.columns,
        ),
      );
    }
    if (!this.segment.empty) {
      const seg = state.nextSeg++;
      await t.postings.bulkPut(this.segment.blocks(seg));
      state.segments.push({ seg, docs: this.segment.docs, live: false });
    }
    await writeIndexState(t, state);
  }
}
