/**
 * Research CLI: match every course in A against the courses in B (one or more files).
 *
 *   npm run compare -- --from A --to B [--to C | --to B,C] [--top 10] [--format jsonl|csv] [--out F]
 *                      [--usd-idr 16000] [--rate EUR=18500] [--bare-currency USD]
 *                      [--id-column C] [--title-column C] [--price-column C] [--url-column C] [--site-column C]
 *                      [--skip-invalid] [--quiet]
 *
 * A and B: CSV with a header, a JSON array or JSONL of course records (at least a title; a missing id
 * falls back to the 0-based row number). JSONL output: one line per A record with its matches. CSV: one
 * row per pair, prices in rupiah and the difference. Progress goes to stderr. Output is written to a
 * temporary file and renamed when complete, so a failed run leaves nothing half-written.
 * Files must be UTF-8. A bad row (no title, a price above the dashboard's limit) stops the run, naming
 * it; with --skip-invalid it is left out instead and reported on stderr and in the closing summary.
 */
import { rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Comparison } from '../utils/compare/comparison';
import { comparisonsCsv, comparisonsJsonl } from '../utils/io/comparisons';
import { type ColumnMap, defaultRates, type InputRecord, RecordsError } from '../utils/io/records';
import { MemoryCandidateIndex } from '../utils/match/candidate-index';
import { matchCourse } from '../utils/match/compare';
import { Currency, type CurrencyRate } from '../utils/model';
import { readRecordsFile } from './lib/read-records';

const Args = z.object({
  from: z.string().min(1, '--from is required'),
  to: z.array(z.string().min(1)).min(1, '--to is required'),
  top: z.coerce.number().int().min(1).max(100).default(10),
  format: z.enum(['jsonl', 'csv']).optional(),
  out: z.string().min(1).optional(),
  usdIdr: z.coerce.number().positive().optional(),
  rate: z.array(z.string().regex(/^[A-Z]{3}=\d+(\.\d+)?$/, 'rates look like EUR=18500')).default([]),
  rateDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  bareCurrency: Currency.default('USD'),
  idColumn: z.string().optional(),
  titleColumn: z.string().optional(),
  priceColumn: z.string().optional(),
  urlColumn: z.string().optional(),
  siteColumn: z.string().optional(),
  quiet: z.boolean().default(false),
  skipInvalid: z.boolean().default(false),
});
export type Args = z.infer<typeof Args>;

const FLAGS: Record<string, keyof Args> = {
  '--from': 'from',
  '--to': 'to',
  '--top': 'top',
  '--format': 'format',
  '--out': 'out',
  '--usd-idr': 'usdIdr',
  '--rate': 'rate',
  '--rate-date': 'rateDate',
  '--bare-currency': 'bareCurrency',
  '--id-column': 'idColumn',
  '--title-column': 'titleColumn',
  '--price-column': 'priceColumn',
  '--url-column': 'urlColumn',
  '--site-column': 'siteColumn',
};

export function parseArgs(argv: readonly string[]): Args {
  const raw: Record<string, unknown> = { to: [], rate: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--quiet' || arg === '--skip-invalid') {
      raw[arg === '--quiet' ? 'quiet' : 'skipInvalid'] = true;
      continue;
    }
    const [flag, inline] =
      arg.includes('=') && arg.startsWith('--')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const key = FLAGS[flag!];
    if (!key) throw new Error(`unknown argument: ${arg}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (key === 'to') (raw.to as string[]).push(...value.split(',').filter(Boolean));
    else if (key === 'rate') (raw.rate as string[]).push(value);
    else raw[key] = value;
  }
  const parsed = Args.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${issue.path.join('.') || 'arguments'}: ${issue.message}`);
  }
  return parsed.data;
}

export type Pair = Comparison<InputRecord>;

function columnsOf(args: Args): ColumnMap {
  const map: ColumnMap = {};
  if (args.idColumn) map.id = args.idColumn;
  if (args.titleColumn) map.title = args.titleColumn;
  if (args.priceColumn) map.price = args.priceColumn;
  if (args.urlColumn) map.url = args.urlColumn;
  if (args.siteColumn) map.site = args.siteColumn;
  return map;
}

function ratesOf(args: Args): Record<string, CurrencyRate> {
  const rates = { ...defaultRates() };
  const date = args.rateDate ?? new Date().toISOString().slice(0, 10);
  if (args.usdIdr) rates.USD = { idr: args.usdIdr, date };
  for (const item of args.rate) {
    const [code, value] = item.split('=');
    rates[code!] = { idr: Number(value), date };
  }
  return rates;
}

export const formatJsonl = (pairs: readonly Pair[]) => comparisonsJsonl(pairs);
export const formatCsv = (pairs: readonly Pair[], rates: Record<string, CurrencyRate>) =>
  comparisonsCsv(pairs, rates);

export interface RunIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const defaultIo: RunIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Runs the CLI; returns the exit code. Never leaves a partial output file. */
export async function main(argv: readonly string[], io: RunIo = defaultIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.stderr(`compare: ${(error as Error).message}\n`);
    return 2;
  }
  const format = args.format ?? (args.out?.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
  const rates = ratesOf(args);
  const columns = columnsOf(args);
  // with --skip-invalid, bad rows are collected here and left out; without, the first one stops the run
  const skipped: RecordsError[] = [];
  const read = async (file: string, bare: string) => {
    const before = skipped.length;
    const records = await readRecordsFile(file, {
      columns,
      bareCurrency: bare,
      errors: args.skipInvalid ? skipped : undefined,
    });
    for (const error of skipped.slice(before)) io.stderr(`compare: skipped ${error.message}\n`);
    return records;
  };
  let from: InputRecord[];
  const pool: InputRecord[] = [];
  try {
    // a Prakerja list prices in rupiah ("Rp 89.700"); plain numbers in it are rupiah too
    from = await read(args.from, 'IDR');
    for (const file of args.to) pool.push(...(await read(file, args.bareCurrency)));
  } catch (error) {
    const rowError = error instanceof RecordsError && error.row !== undefined;
    io.stderr(
      `compare: ${(error as Error).message}${rowError ? ' (--skip-invalid leaves bad rows out and reports them)' : ''}\n`,
    );
    return 1;
  }
  const started = performance.now();
  const index = new MemoryCandidateIndex<InputRecord>();
  for (const record of pool) index.add(record);
  if (!args.quiet)
    io.stderr(
      `compare: ${from.length} courses against ${index.size} (index built in ${Math.round(performance.now() - started)} ms)\n`,
    );
  const pairs: Pair[] = [];
  let lastReport = performance.now();
  for (const [i, record] of from.entries()) {
    const matches = await matchCourse(record, index, { limit: args.top });
    pairs.push({ from: record, matches });
    if (!args.quiet && (performance.now() - lastReport > 1000 || i === from.length - 1)) {
      io.stderr(`compare: ${i + 1}/${from.length}\n`);
      lastReport = performance.now();
    }
  }
  const text = format === 'csv' ? formatCsv(pairs, rates) : formatJsonl(pairs);
  if (!args.out) {
    io.stdout(text);
    if (skipped.length) io.stderr(skippedSummary(skipped));
    return 0;
  }
  const temporary = `${args.out}.partial-${process.pid}`;
  try {
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, args.out);
  } catch (error) {
    await rm(temporary, { force: true });
    io.stderr(`compare: cannot write ${args.out}: ${(error as Error).message}\n`);
    return 1;
  }
  if (!args.quiet)
    io.stderr(
      `compare: wrote ${pairs.length} courses to ${args.out}${format === 'csv' ? ` (prices in IDR; USD at ${rates.USD?.idr} as of ${rates.USD?.date})` : ''}\n`,
    );
  if (skipped.length) io.stderr(skippedSummary(skipped));
  return 0;
}

/** The closing line of a run that left rows out: how many, and each by file, row and reason. */
export function skippedSummary(skipped: readonly RecordsError[]): string {
  const rows = skipped.map((error) => `${error.file} row ${error.row}: ${error.reason}`);
  return `compare: skipped ${skipped.length} invalid row${skipped.length === 1 ? '' : 's'}: ${rows.join('; ')}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}
