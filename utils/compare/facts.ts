/**
 * The facts a comparison shows for a pair of courses: price difference in rupiah and percent,
 * rupiah per hour, and the price history's summary. (Topics: topics.ts, which needs the matcher.)
 */
import type { Course, PriceSnapshot, Settings, Verdict } from '../model';
import { toIdr } from '../money';

/** The price in rupiah, free courses as 0, with the rate used when it was converted. */
export function priceInIdr(course: Pick<Course, 'price' | 'free'>, rates: Settings['rates']) {
  const price = course.price ?? (course.free ? { amount: 0, currency: 'IDR' } : undefined);
  return price ? toIdr(price, rates) : undefined;
}

export interface PriceDifference {
  /** Alternative minus the course: negative when the alternative is cheaper. */
  amount: number;
  /** Relative to the course's price; undefined when the course is free. */
  percent?: number;
}

export function priceDifference(
  courseIdr: number | undefined,
  otherIdr: number | undefined,
): PriceDifference | undefined {
  if (courseIdr === undefined || otherIdr === undefined) return undefined;
  const amount = otherIdr - courseIdr;
  return { amount, percent: courseIdr > 0 ? Math.round((amount / courseIdr) * 100) : undefined };
}

export function rupiahPerHour(idr: number | undefined, hours: number | undefined): number | undefined {
  return idr !== undefined && hours !== undefined && hours > 0 ? Math.round(idr / hours) : undefined;
}

export interface PriceHistorySummary {
  lowest: number;
  typical: number;
  highest: number;
  points: { at: number; amount: number }[];
  currency: string;
}

/** Lowest, typical (median) and highest price seen, in the currency of the latest snapshot. */
export function summariseHistory(snapshots: readonly PriceSnapshot[]): PriceHistorySummary | undefined {
  const latest = [...snapshots].sort((a, b) => a.at - b.at);
  const currency = latest.at(-1)?.currency;
  if (!currency) return undefined;
  const points = latest
    .filter((snapshot) => snapshot.currency === currency)
    .map(({ at, amount }) => ({ at, amount }));
  const sorted = points.map((point) => point.amount).sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const typical = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { lowest: sorted[0]!, typical, highest: sorted.at(-1)!, points, currency };
}

/** The stored verdict pair for two courses: `a` is always the Prakerja side. */
export function verdictPair(
  course: Pick<Course, 'id' | 'side'>,
  other: Pick<Course, 'id'>,
): Pick<Verdict, 'a' | 'b'> {
  return course.side === 'prakerja' ? { a: course.id, b: other.id } : { a: other.id, b: course.id };
}
