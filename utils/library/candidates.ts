/**
 * The IndexedDB candidate source: reads Dexie's `*tokens` multiEntry index on the `courses` table.
 * It takes the table as an argument (it does not import the database module), and ranks exactly as
 * the in-memory source does (shared `planQuery` and `rankByOverlap`), so both give the same candidates.
 */
import type { Table } from 'dexie';
import {
  type CandidateResult,
  type CandidateSource,
  planQuery,
  rankByOverlap,
  tokenKeys,
  type WeightedToken,
} from '../match/candidate-index';
import type { Course, Side } from '../model';

export interface DexieSourceOptions {
  /**
   * Only records on this side (the alternatives, when matching a Prakerja course). Checked on the
   * ranked records as they are read, so no list of the other side's ids is read first.
   */
  side?: Side;
  /** Counts kept from an earlier pass over the same library (utils/runtime/count-store.ts), and kept for the next. */
  counts?: CountStore;
}

/** The library size and concept counts a source read, for the next source over the same library. */
export interface CountSnapshot {
  total?: number;
  counts: Record<string, number>;
}

export interface CountStore {
  load(): Promise<CountSnapshot | undefined>;
  save(snapshot: CountSnapshot): Promise<void>;
}

/**
 * One source serves one pass (a comparison, a batch of badges, an export of every Prakerja course):
 * the library size and each concept's count are read once per source, not once per query. Counting
 * in IndexedDB walks the index, which at 100k courses costs more than the rest of a match.
 */
export class DexieCandidateSource implements CandidateSource<Course> {
  private total?: Promise<number>;
  private readonly counts = new Map<string, Promise<number>>();
  private loaded?: Promise<void>;

  constructor(
    private readonly courses: Table<Course, string>,
    private readonly options: DexieSourceOptions = {},
  ) {}

  async records(ids: readonly string[]): Promise<Course[]> {
    const found = await this.courses.bulkGet([...ids]);
    return found.filter((course): course is Course => course !== undefined);
  }

  async candidates(query: readonly WeightedToken[], limit: number): Promise<CandidateResult<Course>> {
    this.loaded ??= this.loadCounts();
    await this.loaded;
    const fresh = !this.total || query.some((item) => !this.counts.has(item.token));
    this.total ??= this.courses.count();
    const [total, ...counts] = await Promise.all([
      this.total,
      ...query.map((item) => this.count(item.token)),
    ]);
    if (fresh) void this.saveCounts(total);
    const df = new Map(query.map((item, index) => [item.token, counts[index]!]));
    const overlap = new Map<string, number>();
    const planned = planQuery(query, df, total);
    const postings = await Promise.all(
      planned.map(({ token }) => this.courses.where('tokens').equals(token).primaryKeys()),
    );
    planned.forEach(({ weight }, index) => {
      for (const key of postings[index] as string[]) overlap.set(key, (overlap.get(key) ?? 0) + weight);
    });
    const candidates = await this.readRanked(
      [...overlap].map(([id, value]) => ({ id, overlap: value })),
      limit,
    );
    return { total, df, candidates };
  }

  private async loadCounts(): Promise<void> {
    const snapshot = await this.options.counts?.load().catch(() => undefined);
    if (!snapshot) return;
    if (snapshot.total !== undefined) this.total = Promise.resolve(snapshot.total);
    for (const [token, count] of Object.entries(snapshot.counts))
      this.counts.set(token, Promise.resolve(count));
  }

  private async saveCounts(total: number): Promise<void> {
    if (!this.options.counts) return;
    const counts = Object.fromEntries(
      await Promise.all([...this.counts].map(async ([token, count]) => [token, await count] as const)),
    );
    await this.options.counts.save({ total, counts }).catch(() => {});
  }

  /**
   * A concept's records: those holding its strong or its weak token (a record never holds both).
   * One native index count per key: Dexie counts an anyOf() by walking a cursor, row by row.
   */
  private count(token: string): Promise<number> {
    let count = this.counts.get(token);
    if (!count) {
      count = Promise.all(
        tokenKeys(token).map((key) => this.courses.where('tokens').equals(key).count()),
      ).then(([strong, weak]) => strong! + weak!);
      this.counts.set(token, count);
    }
    return count;
  }

  /** The best `limit` by overlap on the wanted side: read in ranked batches until enough are found. */
  private async readRanked(items: { id: string; overlap: number }[], limit: number) {
    const { side } = this.options;
    const found: { record: Course; overlap: number }[] = [];
    let ranked = rankByOverlap(items, limit);
    let from = 0;
    while (found.length < limit && from < ranked.length) {
      const batch = ranked.slice(from, from + Math.max(limit, 20));
      const records = await this.courses.bulkGet(batch.map((item) => item.id));
      batch.forEach((item, index) => {
        const record = records[index];
        if (record && (!side || record.side === side) && found.length < limit)
          found.push({ record, overlap: item.overlap });
      });
      from += batch.length;
      // the first cut held too many of the other side: rank the rest in full (still ordered by id on ties)
      if (found.length < limit && from >= ranked.length && ranked.length < items.length)
        ranked = rankByOverlap(items, items.length);
    }
    return found;
  }
}
