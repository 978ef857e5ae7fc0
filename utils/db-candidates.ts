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
} from './match/candidate-index';
import type { Course, Side } from './model';

export interface DexieSourceOptions {
  /**
   * Only records on this side (the alternatives, when matching a Prakerja course). Checked on the
   * ranked records as they are read, so no list of the other side's ids is read first.
   */
  side?: Side;
}

export class DexieCandidateSource implements CandidateSource<Course> {
  constructor(
    private readonly courses: Table<Course, string>,
    private readonly options: DexieSourceOptions = {},
  ) {}

  async records(ids: readonly string[]): Promise<Course[]> {
    const found = await this.courses.bulkGet([...ids]);
    return found.filter((course): course is Course => course !== undefined);
  }

  async candidates(query: readonly WeightedToken[], limit: number): Promise<CandidateResult<Course>> {
    // a concept's records: those holding its strong or its weak token (a record never holds both).
    // One native index count per key: Dexie counts an anyOf() by walking a cursor, row by row.
    const [total, ...counts] = await Promise.all([
      this.courses.count(),
      ...query.map(async (item) => {
        const perKey = await Promise.all(
          tokenKeys(item.token).map((key) => this.courses.where('tokens').equals(key).count()),
        );
        return perKey.reduce((sum, count) => sum + count, 0);
      }),
    ]);
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
