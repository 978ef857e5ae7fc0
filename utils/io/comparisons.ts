/**
 * Comparison rows: each course × its matches, prices in the original currency and in rupiah.
 * The one code path behind the research CLI's CSV/JSONL and the dashboard's comparison export.
 */
import type { Comparison } from '../compare/comparison';
import type { CurrencyRate } from '../model';
import { type Converted, toIdr } from '../money';
import { type Cell, toCsv } from './csv';
import { toJsonl } from './jsonl';

export const COMPARISON_SCHEMA_VERSION = 1;

export const COMPARISON_COLUMNS = [
  'from_id',
  'from_site',
  'from_title',
  'from_url',
  'from_price',
  'from_currency',
  'from_price_idr',
  'from_hours',
  'rank',
  'to_id',
  'to_site',
  'to_title',
  'to_url',
  'to_price',
  'to_currency',
  'to_price_idr',
  'to_hours',
  'price_difference_idr',
  'score',
  'verdict',
  'user_verdict',
  'why',
  'rate_used',
  'from_first_seen',
  'from_last_seen',
  'to_first_seen',
  'to_last_seen',
] as const;

type Column = (typeof COMPARISON_COLUMNS)[number];

const round = (value: number) => Math.round(value * 1000) / 1000;
const isoDate = (epochMs?: number) => (epochMs === undefined ? undefined : new Date(epochMs).toISOString());
const describeRate = (converted?: Converted) =>
  converted?.rate
    ? `1 ${converted.rate.currency} = ${converted.rate.idr} IDR (${converted.rate.date})`
    : undefined;

export function comparisonRows(
  comparisons: readonly Comparison[],
  rates: Record<string, CurrencyRate>,
): Record<Column, Cell>[] {
  return comparisons.flatMap(({ from, matches }) => {
    const fromIdr = from.price ? toIdr(from.price, rates) : undefined;
    return matches.map((match, index) => {
      const to = match.record;
      const toConverted = to.price ? toIdr(to.price, rates) : undefined;
      return {
        from_id: from.id,
        from_site: from.site,
        from_title: from.title,
        from_url: from.url,
        from_price: from.price?.amount,
        from_currency: from.price?.currency,
        from_price_idr: fromIdr?.idr,
        from_hours: from.hours,
        rank: index + 1,
        to_id: to.id,
        to_site: to.site,
        to_title: to.title,
        to_url: to.url,
        to_price: to.price?.amount,
        to_currency: to.price?.currency,
        to_price_idr: toConverted?.idr,
        to_hours: to.hours,
        price_difference_idr:
          fromIdr !== undefined && toConverted !== undefined ? toConverted.idr - fromIdr.idr : undefined,
        score: round(match.score),
        verdict: match.verdict,
        user_verdict: match.userVerdict === undefined ? undefined : match.userVerdict ? 'same' : 'not-same',
        why: match.why.join('; '),
        rate_used: describeRate(toConverted) ?? describeRate(fromIdr),
        from_first_seen: isoDate(from.firstSeen),
        from_last_seen: isoDate(from.lastSeen),
        to_first_seen: isoDate(to.firstSeen),
        to_last_seen: isoDate(to.lastSeen),
      };
    });
  });
}

export function comparisonsCsv(
  comparisons: readonly Comparison[],
  rates: Record<string, CurrencyRate>,
): string {
  return toCsv(comparisonRows(comparisons, rates), COMPARISON_COLUMNS);
}

/** JSON export: the same rows, with the schema version and where the data came from. */
export function comparisonsJson(
  comparisons: readonly Comparison[],
  rates: Record<string, CurrencyRate>,
  provenance: { exportedAt: string; generator: string; minScore: number },
): string {
  return JSON.stringify(
    {
      format: 'bandingin-comparisons',
      schemaVersion: COMPARISON_SCHEMA_VERSION,
      ...provenance,
      rates,
      rows: comparisonRows(comparisons, rates),
    },
    null,
    1,
  );
}

/** The research CLI's JSONL: one line per course with its matches. */
export function comparisonsJsonl(comparisons: readonly Comparison[]): string {
  return toJsonl(
    comparisons.map(({ from, matches }) => ({
      id: from.id,
      title: from.title,
      matches: matches.map((match) => ({
        id: match.record.id,
        title: match.record.title,
        site: match.record.site,
        score: round(match.score),
        verdict: match.verdict,
        why: match.why,
      })),
    })),
  );
}
