/**
 * npm run eval:match — the engine and plain Fuse.js (keys: title, threshold 0.6, ignoreLocation) on the
 * graded dev labels, side by side: P@1, hit@5, recall@10, MRR and the no-match false-positive rate.
 * Also calibrates the `equivalent` threshold (lowest cut with ≤ 10 % no-match false positives) and
 * reports a 5-fold cross-validated figure, so the threshold is not only measured on what fitted it.
 * --misses lists wrong top hits and no-match false positives; --explain lists, per query, the labelled
 * equivalents missing from the top 10 and what outranked them.
 */
import Fuse from 'fuse.js';
import type { InputRecord } from '../utils/io/records';
import { type MatchRecord, MemoryCandidateIndex } from '../utils/match/candidate-index';
import { DEFAULT_THRESHOLDS, matchCourse } from '../utils/match/compare';
import { calibrate, crossValidate, evaluate, type Judged, type Metrics } from '../utils/match/metrics';
import { type Label, loadLabels, loadPool, loadPrakerja, sharedDataMissing } from './lib/shared-data';

export interface EvalRun {
  engine: Judged[];
  fuse: Judged[];
  labels: Label[];
}

export async function judgeEngine(
  labels: readonly Label[],
  pool: readonly InputRecord[],
  prakerja: readonly InputRecord[],
) {
  const index = new MemoryCandidateIndex(pool);
  const byId = new Map(prakerja.map((record) => [record.id, record]));
  const judged: Judged[] = [];
  for (const label of labels) {
    const query = byId.get(label.query_id) ?? { id: label.query_id, title: label.query_title };
    const matches = await matchCourse(query, index, { limit: 50, thresholds: { equivalent: 2, related: 0 } });
    judged.push({
      ranked: matches.map((match) => match.record.id),
      topScore: matches[0]?.score ?? 0,
      equivalent: new Set(label.equivalent),
      related: new Set(label.related),
    });
  }
  return judged;
}

export function judgeFuse(labels: readonly Label[], pool: readonly InputRecord[]): Judged[] {
  const fuse = new Fuse(pool, { keys: ['title'], threshold: 0.6, ignoreLocation: true, includeScore: true });
  return labels.map((label) => {
    const hits = fuse.search(label.query_title, { limit: 50 });
    return {
      ranked: hits.map((hit) => hit.item.id),
      // Fuse has no verdict: any hit within its threshold is a "match"
      topScore: hits.length > 0 ? 1 : 0,
      equivalent: new Set(label.equivalent),
      related: new Set(label.related),
    };
  });
}

/**
 * For each query whose top 10 misses labelled equivalents: the top 10 (E = equivalent, r = related,
 * - = unlabelled) with score and reasons, then each missed equivalent with its rank and score, or
 * "not in the top 50".
 */
export async function explainMisses(
  labels: readonly Label[],
  pool: readonly MatchRecord[],
  prakerja: readonly MatchRecord[],
): Promise<string[]> {
  const index = new MemoryCandidateIndex(pool);
  const byId = new Map(prakerja.map((record) => [record.id, record]));
  const titles = new Map(pool.map((record) => [record.id, record.title]));
  const lines: string[] = [];
  for (const label of labels) {
    if (label.equivalent.length === 0) continue;
    const query = byId.get(label.query_id) ?? { id: label.query_id, title: label.query_title };
    const matches = await matchCourse(query, index, { limit: 50, thresholds: { equivalent: 2, related: 0 } });
    const top = matches.slice(0, 10).map((match) => match.record.id);
    const equivalent = new Set(label.equivalent);
    const found = top.filter((id) => equivalent.has(id)).length;
    const wanted = Math.min(10, equivalent.size);
    if (found >= wanted) continue;
    lines.push(`\n${label.query_id} ${label.query_title}  (${found}/${wanted} in the top 10)`);
    for (const [rank, match] of matches.slice(0, 10).entries()) {
      const grade = equivalent.has(match.record.id)
        ? 'E'
        : label.related.includes(match.record.id)
          ? 'r'
          : '-';
      lines.push(
        `  ${String(rank + 1).padStart(2)} ${grade} ${match.score.toFixed(3)} ${match.record.title}  {${match.why.join('; ')}}`,
      );
    }
    for (const id of label.equivalent) {
      if (top.includes(id)) continue;
      const rank = matches.findIndex((match) => match.record.id === id);
      const where = rank < 0 ? 'not in the top 50' : `#${rank + 1} ${matches[rank]!.score.toFixed(3)}`;
      lines.push(`     missed (${where}) ${titles.get(id) ?? id}`);
    }
  }
  return lines;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7);

function table(engine: Metrics, fuse: Metrics): string {
  const rows: Array<[string, number, number, string]> = [
    ['P@1 (top hit equivalent)', engine.precisionAt1, fuse.precisionAt1, '≥ 75%'],
    ['top hit equivalent or related', engine.relevantAt1, fuse.relevantAt1, ''],
    ['hit@5', engine.hitAt5, fuse.hitAt5, ''],
    ['recall@10', engine.recallAt10, fuse.recallAt10, '≥ 85%'],
    ['MRR (cut at 50)', engine.mrr, fuse.mrr, ''],
    ['no-match false positives', engine.falsePositiveRate, fuse.falsePositiveRate, '≤ 10%'],
    ['top hit equivalent and shown as match', engine.answeredCorrectly, fuse.answeredCorrectly, ''],
  ];
  const lines = [
    `${'metric'.padEnd(40)} ${'engine'.padStart(7)} ${'Fuse.js'.padStart(7)}  target`,
    ...rows.map(
      ([name, a, b, target]) =>
        `${name.padEnd(40)} ${name.startsWith('MRR') ? a.toFixed(3).padStart(7) : pct(a)} ${name.startsWith('MRR') ? b.toFixed(3).padStart(7) : pct(b)}  ${target}`,
    ),
  ];
  return lines.join('\n');
}

export async function main(): Promise<number> {
  const missing = sharedDataMissing();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const [labels, pool, prakerja] = [loadLabels(), await loadPool(), await loadPrakerja()];
  const started = performance.now();
  const engine = await judgeEngine(labels, pool, prakerja);
  const engineMs = performance.now() - started;
  const fuseStarted = performance.now();
  const fuse = judgeFuse(labels, pool);
  const fuseMs = performance.now() - fuseStarted;
  const threshold = DEFAULT_THRESHOLDS.equivalent;
  const engineMetrics = evaluate(engine, threshold);
  const fuseMetrics = evaluate(fuse, 0.5);
  console.log(
    `match-dev: ${labels.length} queries (${engineMetrics.withEquivalents} with equivalents, ${engineMetrics.withoutEquivalents} without), pool ${pool.length} courses`,
  );
  console.log(
    `engine threshold: equivalent ≥ ${threshold}, related ≥ ${DEFAULT_THRESHOLDS.related}; Fuse.js: any hit counts as a match\n`,
  );
  console.log(table(engineMetrics, fuseMetrics));
  const tuned = calibrate(engine, 0.1);
  const cv = crossValidate(engine, 5, 0.1);
  console.log(
    `\ncalibration: lowest threshold with ≤ 10% no-match false positives on all 100 queries: ${tuned.toFixed(3)}`,
  );
  console.log(
    `5-fold cross-validated (threshold fitted on 4/5, measured on the held-out 1/5): false positives ${pct(cv.falsePositiveRate).trim()}, ` +
      `top hit equivalent and shown ${pct(cv.answeredCorrectly).trim()}; fold thresholds ${cv.thresholds.map((t) => t.toFixed(3)).join(', ')}`,
  );
  console.log(
    `\ntime: engine ${(engineMs / labels.length).toFixed(1)} ms/query (index build included), Fuse.js ${(fuseMs / labels.length).toFixed(1)} ms/query`,
  );
  if (process.argv.includes('--explain')) {
    for (const line of await explainMisses(labels, pool, prakerja)) console.log(line);
  }
  if (process.argv.includes('--misses')) {
    const pools = new Map(pool.map((record) => [record.id, record.title]));
    for (const [i, label] of labels.entries()) {
      const item = engine[i]!;
      const top = item.ranked[0];
      const ok = top !== undefined && item.equivalent.has(top);
      if ((item.equivalent.size > 0 && !ok) || (item.equivalent.size === 0 && item.topScore >= threshold)) {
        console.log(
          `${label.query_id} ${label.query_title} | top: ${top ? pools.get(top) : '-'} (${item.topScore.toFixed(2)}) ${top && item.related.has(top) ? '[rel]' : ''}`,
        );
      }
    }
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code));
}
