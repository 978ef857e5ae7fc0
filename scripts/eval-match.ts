/**
 * npm run eval:match — the engine and plain Fuse.js (keys: title, threshold 0.6, ignoreLocation) on the
 * graded dev labels, side by side: P@1, hit@5, recall@10, MRR and the no-match false-positive rate.
 * Also calibrates the `equivalent` threshold (lowest cut with ≤ 10 % no-match false positives) and
 * reports a 5-fold cross-validated figure, so the threshold is not only measured on what fitted it.
 */
import Fuse from 'fuse.js';
import type { InputRecord } from '../utils/io/records';
import { MemoryCandidateIndex } from '../utils/match/candidate-index';
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
