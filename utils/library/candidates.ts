/**
 * The IndexedDB candidate source: reads the match index's segments (utils/library/match-index.ts)
 * through the view kept while the extension runs (utils/library/index-view.ts), so a query reads
 * only its own tokens' posting blocks, and only those no earlier query read. It ranks exactly as the
 * in-memory source does (shared `planQuery` and `rankByOverlap`, the same order of additions), so
 * both give the same candidates.
 */
import {
  type CandidateResult,
  type CandidateSource,
  planQuery,
  rankByOverlap,
  tokenKeys,
  type WeightedToken,
} from '../match/candidate-index';
import type { Course, Side } from '../model';
import type { BandinginDb } from './db';
import { type IndexView, indexView } from './index-view';
import { DEAD, SIDE_CODE } from './postings';

export interface DexieSourceOptions {
  /** Only records on this side (the alternatives, when matching a Prakerja course). */
  side?: Side;
}

/** A view that changed under a query this many times in a row is an error, not a race. */
const ATTEMPTS = 5;

/**
 * One source serves one pass (a comparison, a batch of badges, an export of every Prakerja course):
 * it checks the library version once, then answers from the kept view.
 */
export class DexieCandidateSource implements CandidateSource<Course> {
  private view?: Promise<IndexView>;

  constructor(
    private readonly db: BandinginDb,
    private readonly options: DexieSourceOptions = {},
  ) {}

  async records(ids: readonly string[]): Promise<Course[]> {
    const found = await this.db.courses.bulkGet([...ids]);
    return found.filter((course): course is Course => course !== undefined);
  }

  async candidates(query: readonly WeightedToken[], limit: number): Promise<CandidateResult<Course>> {
    const keys = query.flatMap((item) => tokenKeys(item.token));
    const started = performance.now();
    for (let attempt = 1; ; attempt++) {
      this.view ??= indexView(this.db);
      const view = await this.view;
      mark('bandingin:index-view', started);
      if (await view.load(keys)) {
        mark('bandingin:postings', started);
        const result = await this.rank(view, query, limit);
        mark('bandingin:candidates', started);
        return result;
      }
      this.view = undefined;
      if (attempt >= ATTEMPTS) throw new Error('the library kept changing during a match');
    }
  }

  private async rank(
    view: IndexView,
    query: readonly WeightedToken[],
    limit: number,
  ): Promise<CandidateResult<Course>> {
    const total = view.state.count;
    const df = new Map(
      query.map((item) => [item.token, tokenKeys(item.token).reduce((sum, key) => sum + view.count(key), 0)]),
    );
    const wanted = this.options.side ? SIDE_CODE[this.options.side] : undefined;
    const scores = view.scores();
    const touched: number[] = [];
    // per token, then per segment: each course sums its weights in the in-memory source's order
    for (const { token, weight } of planQuery(query, df, total)) {
      for (const { seg } of view.state.segments) {
        for (const ord of view.posting(seg, token)) {
          const side = view.ordinals.side(ord);
          if (side === DEAD || (wanted !== undefined && side !== wanted)) continue;
          if (scores[ord] === 0) touched.push(ord);
          scores[ord]! += weight;
        }
      }
    }
    const cutoff = limitthBest(touched, scores, limit);
    const items: { id: string; overlap: number }[] = [];
    for (const ord of touched) {
      const overlap = scores[ord]!;
      scores[ord] = 0;
      const id = overlap >= cutoff ? view.ordinals.id(ord) : undefined;
      if (id !== undefined) items.push({ id, overlap });
    }
    const ranked = rankByOverlap(items, limit);
    const records = await this.db.courses.bulkGet(ranked.map((item) => item.id));
    const candidates = ranked.flatMap((item, index) => {
      const record = records[index];
      return record ? [{ record, overlap: item.overlap }] : [];
    });
    return { total, df, candidates };
  }
}

/** A User Timing entry from `start`, so a benchmark can break a match down (never read by the app). */
const mark = (name: string, start: number) => performance.measure(name, { start });

/** The `limit`-th best score among the touched ordinals (every one when they are few). */
function limitthBest(touched: readonly number[], scores: Float64Array, limit: number): number {
  if (limit <= 0 || touched.length <= limit * 4) return Number.NEGATIVE_INFINITY;
  const values = new Float64Array(touched.length);
  touched.forEach((ord, index) => {
    values[index] = scores[ord]!;
  });
  values.sort();
  return values[values.length - limit]!;
}
