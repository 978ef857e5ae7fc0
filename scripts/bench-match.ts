/**
 * npm run bench:match — per-query latency of the engine and of plain Fuse.js over all titles, in the
 * same run, on the real pool (≈4.5k, Udemy + Coursera) and on a 100k pool expanded from it; queries
 * are the 266 real Prakerja titles. Prints p50/p95, the ratio, index build time and heap growth.
 * Plain Fuse.js (keys title, threshold 0.6, ignoreLocation, as eval:match) is measured on a spread sample of
 * the queries (60 on the real pool, 8 at 100k, where one search takes seconds) so the run stays short.
 * Run with `node --expose-gc` for steadier memory figures. Timings are printed, never asserted.
 */

import { createRequire } from 'node:module';
import Fuse from 'fuse.js';
import { type MatchRecord, MemoryCandidateIndex } from '../utils/match/candidate-index';
import { matchCourse } from '../utils/match/compare';
import { expandPool } from './lib/expand-pool';
import { loadPool, loadPrakerja, sharedDataMissing } from './lib/shared-data';

const TARGET_P95_MS = 20;
const TARGET_RATIO = 50;

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
  const require = createRequire(import.meta.url);
  try {
    require.resolve('minisearch');
    rows.push({
      pool: pool.length,
      what: 'MiniSearch (installed, not measured here)',
      build: 0,
      memory: 0,
      p50: 0,
      p95: 0,
      queries: 0,
    });
  } catch {
    // MiniSearch is not a dependency; its figures are printed only when it is installed
  }
  return rows;
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
    const [engine, plain] = rows;
    if (!engine || !plain) continue;
    const ratio50 = plain.p50 / engine.p50;
    const ratio95 = plain.p95 / engine.p95;
    console.log(
      `${label} ${engine.pool}: engine is ${ratio50.toFixed(0)}× faster at p50, ${ratio95.toFixed(0)}× at p95 than plain Fuse.js` +
        (label === 'expanded'
          ? `; targets p95 ≤ ${TARGET_P95_MS} ms (${engine.p95 <= TARGET_P95_MS ? 'met' : 'NOT met'}), ≥ ${TARGET_RATIO}× (${ratio95 >= TARGET_RATIO ? 'met' : 'NOT met'})`
          : ''),
    );
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then((code) => process.exit(code));
}
