/**
 * Candidate retrieval over concept tokens. The matcher asks a `CandidateSource` for the records that
 * share the most IDF-weighted concept tokens with a query; only those are reranked. The in-memory
 * source lives here (Node: CLI, eval, bench); the IndexedDB one (utils/library/candidates.ts) reads
 * the match index's segments. Both use `planQuery` and `rankByOverlap`, so they return the same list.
 */
import type { Course } from '../model';
import { courseTokens, weakToken } from './tokens';

/** What the matcher needs of a course; any `Course` qualifies. */
export type MatchRecord = Pick<Course, 'id' | 'title'> &
  Partial<
    Pick<
      Course,
      | 'site'
      | 'side'
      | 'url'
      | 'provider'
      | 'price'
      | 'listPrice'
      | 'free'
      | 'hours'
      | 'mode'
      | 'level'
      | 'language'
      | 'topics'
      | 'description'
      | 'tokens'
    >
  >;

export interface WeightedToken {
  token: string;
  weight: number;
}

export interface Candidate<R extends MatchRecord = MatchRecord> {
  record: R;
  /** Sum of query weight × IDF over the shared tokens that retrieval looked at. */
  overlap: number;
}

export interface CandidateResult<R extends MatchRecord = MatchRecord> {
  candidates: Candidate<R>[];
  /** Records in the source. */
  total: number;
  /** Document frequency of every query token. */
  df: Map<string, number>;
}

export interface CandidateSource<R extends MatchRecord = MatchRecord> {
  candidates(
    query: readonly WeightedToken[],
    limit: number,
  ): Promise<CandidateResult<R>> | CandidateResult<R>;
  /** The records with these ids, in any order; unknown ids are left out. */
  records(ids: readonly string[]): Promise<R[]> | R[];
}

/** BM25's IDF, never negative. */
export function idf(df: number, total: number): number {
  return Math.log(1 + (total - df + 0.5) / (df + 0.5));
}

/** Tokens in more than this share of the records are too common to retrieve by (they still score). */
export const COMMON_SHARE = 0.06;
/** Retrieval weight of a weak token (a concept the course only implies) against a strong one. */
export const WEAK_SHARE = 0.35;

/** The index keys of a concept: its strong and its weak token. */
export function tokenKeys(token: string): [string, string] {
  return [token, weakToken(token)];
}

/**
 * Which index keys to look up, with their retrieval weights. Very common tokens are skipped when a
 * rarer one of at least the same query weight exists: they would touch a large share of the index and
 * add little to the ranking. Each
 * concept is looked up as a strong token and, at `WEAK_SHARE` of the weight, as a weak one. `df`
 * counts the records that hold a concept either way.
 */
export function planQuery(
  query: readonly WeightedToken[],
  df: ReadonlyMap<string, number>,
  total: number,
): WeightedToken[] {
  const present = query.filter((item) => (df.get(item.token) ?? 0) > 0);
  const cap = Math.max(50, total * COMMON_SHARE);
  const rare = present.filter((item) => (df.get(item.token) ?? 0) <= cap);
  // a common token is skipped only when a rarer one weighs as much: the subject is never dropped
  const chosen = present.filter(
    (item) => (df.get(item.token) ?? 0) <= cap || !rare.some((other) => other.weight >= item.weight),
  );
  return chosen.flatMap((item) => {
    const weight = item.weight * idf(df.get(item.token)!, total);
    const [strong, weak] = tokenKeys(item.token);
    // the weak postings of a common concept are long and rank below its strong ones anyway
    if ((df.get(item.token) ?? 0) > cap) return [{ token: strong, weight }];
    return [
      { token: strong, weight },
      { token: weak, weight: weight * WEAK_SHARE },
    ];
  });
}

function before(a: { id: string; overlap: number }, b: { id: string; overlap: number }): number {
  return b.overlap - a.overlap || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Top `limit` by overlap, ties broken by id so every source agrees. Linear when the list is long. */
export function rankByOverlap<T extends { id: string; overlap: number }>(items: T[], limit: number): T[] {
  if (items.length > limit * 4 && limit > 0) {
    // the limit-th best overlap bounds what can make the cut: everything above it does, and of
    // what sits at it, the smallest ids (thousands of records can share it: sorting them was slow)
    const cutoff = kthLargest(
      items.map((item) => item.overlap),
      limit,
    );
    const above = items.filter((item) => item.overlap > cutoff).sort(before);
    const tied = items.filter((item) => item.overlap === cutoff);
    return [...above, ...firstById(tied, limit - above.length, (item) => item.id)];
  }
  return items.sort(before).slice(0, limit);
}

/**
 * The `count` items with the smallest ids, in id order (equal ids in list order, as a stable sort
 * leaves them), kept in a short sorted list instead of sorting them all.
 */
function firstById<T>(items: readonly T[], count: number, idOf: (item: T) => string): T[] {
  const best: T[] = [];
  const bestIds: string[] = [];
  for (const item of items) {
    const id = idOf(item);
    if (best.length === count && !(id < bestIds[count - 1]!)) continue;
    let at = best.length;
    while (at > 0 && id < bestIds[at - 1]!) at--;
    best.splice(at, 0, item);
    bestIds.splice(at, 0, id);
    if (best.length > count) {
      best.pop();
      bestIds.pop();
    }
  }
  return best;
}

/** Quickselect: the k-th largest value (1-based). */
function kthLargest(values: number[], k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else return values[target]!;
  }
  return values[target]!;
}

/** An in-memory candidate source: postings as arrays of record numbers, scores in a typed array. */
export class MemoryCandidateIndex<R extends MatchRecord = MatchRecord> implements CandidateSource<R> {
  private readonly items: R[] = [];
  private readonly byId = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private scores = new Float64Array(0);

  constructor(records: Iterable<R> = []) {
    for (const record of records) this.add(record);
  }

  get size(): number {
    return this.items.length;
  }

  /** Adds a record (tokens computed unless it carries them); a repeated id replaces nothing and is skipped. */
  add(record: R): boolean {
    if (this.byId.has(record.id)) return false;
    const index = this.items.length;
    this.items.push(record);
    this.byId.set(record.id, index);
    const tokens = record.tokens ?? courseTokens(record);
    for (const token of tokens) {
      let list = this.postings.get(token);
      if (!list) {
        list = [];
        this.postings.set(token, list);
      }
      // this record is the newest, so a token it repeats already ends its list
      if (list[list.length - 1] !== index) list.push(index);
    }
    return true;
  }

  /** Records holding a concept, as a strong or a weak token. */
  documentFrequency(token: string): number {
    const [strong, weak] = tokenKeys(token);
    return (this.postings.get(strong)?.length ?? 0) + (this.postings.get(weak)?.length ?? 0);
  }

  records(ids: readonly string[]): R[] {
    const out: R[] = [];
    for (const id of ids) {
      const index = this.byId.get(id);
      if (index !== undefined) out.push(this.items[index]!);
    }
    return out;
  }

  candidates(query: readonly WeightedToken[], limit: number): CandidateResult<R> {
    const total = this.items.length;
    const df = new Map(query.map((item) => [item.token, this.documentFrequency(item.token)]));
    if (this.scores.length < total) this.scores = new Float64Array(Math.max(total, this.scores.length * 2));
    const scores = this.scores;
    const touched: number[] = [];
    for (const { token, weight } of planQuery(query, df, total)) {
      for (const index of this.postings.get(token) ?? []) {
        if (scores[index] === 0) touched.push(index);
        scores[index]! += weight;
      }
    }
    // only the records that can make the cut become objects: the limit-th best overlap bounds them
    let survivors = touched;
    if (limit > 0 && touched.length > limit * 4) {
      const cutoff = kthLargest(
        touched.map((index) => scores[index]!),
        limit,
      );
      // all above the cutoff make it; of those at it (often thousands), the smallest ids
      const above = touched.filter((index) => scores[index]! > cutoff);
      const tied = touched.filter((index) => scores[index] === cutoff);
      survivors = [...above, ...firstById(tied, limit - above.length, (index) => this.items[index]!.id)];
    }
    const items = survivors.map((index) => ({ id: this.items[index]!.id, overlap: scores[index]!, index }));
    for (const index of touched) scores[index] = 0;
    const ranked = rankByOverlap(items, limit);
    return {
      total,
      df,
      candidates: ranked.map((item) => ({ record: this.items[item.index]!, overlap: item.overlap })),
    };
  }
}
