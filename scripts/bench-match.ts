/**
 * npm run bench:match — per-query latency of the engine, of MiniSearch and of plain Fuse.js over all
 * titles, in the same run, on the real pool (≈4.5k, Udemy + Coursera) and on a 100k pool expanded from
 * it; queries are the 266 real Prakerja titles. Prints p50/p95, the ratios, index build time and heap
 * growth. MiniSearch (BM25 over title words, prefix and fuzzy 0.2, as the toolchain notes measured it)
 * answers every query; plain Fuse.js (keys title, threshold 0.6, ignoreLocation, as eval:match) is
 * measured on a spread sample of the queries (60 on the real pool, 8 at 100k, where one search takes
 * seconds) so the run stays short. Run with `node --expose-gc` for steadier memory figures. Timings
 * are printed, never asserted.
 */

import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { type MatchRecord, MemoryCandidateIndex } from '../utils/match/candidate-index';
import { matchCourse } from '../utils/match/compare';
import { expandPool } from './lib/expand-pool';
import { loadPool, loadPrakerja, sharedDataMissing } from './lib/shared-data';

const TARGET_P95_MS = 5;
const TARGET_BUILD_MS = 1500;

function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

interface Row {
  pool: number;
  what: string;
  build: number;
  memory: number;
  p50: number;
  p95: number;
  queries: number;
}

async function benchPool(
  pool: readonly MatchRecord[],
  queries: readonly MatchRecord[],
  fuseSample: number,
): Promise<Row[]> {
  const before = heapMb();
  let started = performance.now();
  const index = new MemoryCandidateIndex(pool);
  const build = performance.now() - started;
  const memory = heapMb() - before;
  // warm up caches and the JIT on a few queries, then measure all
  for (const query of queries.slice(0, 10)) await matchCourse(query, index);
  const engine: number[] = [];
  for (const query of queries) {
    started = performance.now();
    await matchCourse(query, index);
    engine.push(performance.now() - started);
  }
  const fuseBefore = heapMb();
  started = performance.now();
  const fuse = new Fuse(pool, { keys: ['title'], threshold: 0.6, ignoreLocation: true });
  const fuseBuild = performance.now() - started;
  const fuseMemory = heapMb() - fuseBefore;
  const step = Math.max(1, Math.floor(queries.length / fuseSample));
  const sample = queries.filter((_, i) => i % step === 0).slice(0, fuseSample);
  const plain: number[] = [];
  for (const query of sample) {
    started = performance.now();
    fuse.search(query.title, { limit: 10 });
    plain.push(performance.now() - started);
  }
  const rows: Row[] = [
    {
      pool: pool.length,
      what: 'engine',
      build,
      memory,
      p50: quantile(engine, 0.5),
      p95: quantile(engine, 0.95),
      queries: engine.length,
    },
    {
      pool: pool.length,
      what: 'plain Fuse.js',
      build: fuseBuild,
      memory: fuseMemory,
      p50: quantile(plain, 0.5),
      p95: quantile(plain, 0.95),
      queries: plain.length,
    },
  ];
  const mini = benchMiniSearch(pool, queries);
  rows.push({ pool: pool.length, what: 'MiniSearch', ...mini });
  return rows;
}

/** MiniSearch over titles: BM25, prefix and fuzzy search, top 10 as the engine keeps. */
function benchMiniSearch(pool: readonly MatchRecord[], queries: readonly MatchRecord[]) {
  const before = heapMb();
  let started = performance.now();
  const mini = new MiniSearch<MatchRecord>({
    fields: ['title'],
    storeFields: [],
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  mini.addAll(pool);
  const build = performance.now() - started;
  const memory = heapMb() - before;
  for (const query of queries.slice(0, 10)) mini.search(query.title).slice(0, 10);
  const times: number[] = [];
  for (const query of queries) {
    started = performance.now();
    mini.search(query.title).slice(0, 10);
    times.push(performance.now() - started);
  }
  return {
    build,
    memory,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    queries: times.length,
  };
}

function print(rows: readonly Row[]): void {
  console.log(
    `${'pool'.padStart(7)}  ${'what'.padEnd(14)} ${'queries'.padStart(7)} ${'p50 ms'.padStart(9)} ${'p95 ms'.padStart(9)} ${'build ms'.padStart(9)} ${'heap MB'.padStart(8)}`,
  );
  for (const row of rows) {
    console.log(
      `${String(row.pool).padStart(7)}  ${row.what.padEnd(14)} ${String(row.queries).padStart(7)} ${row.p50.toFixed(2).padStart(9)} ${row.p95.toFixed(2).padStart(9)} ${row.build.toFixed(0).padStart(9)} ${row.memory.toFixed(1).padStart(8)}`,
    );
  }
}

export async function main(): Promise<number> {
  const missing = sharedDataMissing();
  if (missing) {
    console.error(missing);
    return 1;
  }
  const real = await loadPool();
  const queries = await loadPrakerja();
  const sizeArg = process.argv.find((arg) => arg.startsWith('--size='));
  const large = sizeArg ? Number(sizeArg.slice(7)) : 100_000;
  console.log(
    `queries: ${queries.length} Prakerja titles; node ${process.version}; gc ${'gc' in globalThis ? 'exposed' : 'not exposed'}\n`,
  );
  const small = await benchPool(real, queries, 60);
  const big = await benchPool(expandPool(real, large), queries, 8);
  print([...small, ...big]);
  console.log('');
  for (const [rows, label] of [
    [small, 'real'],
    [big, 'expanded'],
  ] as const) {
    const [engine, plain, mini] = rows;
    if (!engine || !plain || !mini) continue;
    const versus = (other: Row) =>
      `${(other.p50 / engine.p50).toFixed(1)}× at p50, ${(other.p95 / engine.p95).toFixed(1)}× at p95`;
    console.log(
      `${label} ${engine.pool}: engine faster than plain Fuse.js ${versus(plain)}; than MiniSearch ${versus(mini)}; ` +
        `build ${(engine.build / mini.build).toFixed(2)}× MiniSearch's`,
    );
    if (label === 'expanded')
      console.log(
        `  targets at ${engine.pool}: engine p95 ≤ ${TARGET_P95_MS} ms (${engine.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}), ` +
          `index build ≤ ${TARGET_BUILD_MS} ms (${engine.build <= TARGET_BUILD_MS ? 'met' : 'NOT met'})`,
      );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code));
}
