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
import type { Course } from './model';

export interface DexieSourceOptions {
  /** Leave these records out of the candidates (e.g. the Prakerja side when looking for alternatives). */
  exclude?: (id: string) => boolean;
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
    const total = await this.courses.count();
    // a concept's records: those holding its strong or its weak token (a record never holds both)
    const counts = await Promise.all(
      query.map((item) => this.courses.where('tokens').anyOf(tokenKeys(item.token)).count()),
    );
    const df = new Map(query.map((item, index) => [item.token, counts[index]!]));
    const overlap = new Map<string, number>();
    for (const { token, weight } of planQuery(query, df, total)) {
      const keys = (await this.courses.where('tokens').equals(token).primaryKeys()) as string[];
      for (const key of keys) overlap.set(key, (overlap.get(key) ?? 0) + weight);
    }
    const { exclude } = this.options;
    const ranked = rankByOverlap(
      [...overlap].filter(([id]) => !exclude?.(id)).map(([id, value]) => ({ id, overlap: value })),
      limit,
    );
    const records = await this.courses.bulkGet(ranked.map((item) => item.id));
    const candidates = ranked.flatMap((item, index) => {
      const record = records[index];
      return record ? [{ record, overlap: item.overlap }] : [];
    });
    return { total, df, candidates };
  }
}
