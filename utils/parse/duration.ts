/**
 * Course lengths as pages write them, in hours: ISO 8601 ("PT2H44M"), Prakerja's Jam Pelajaran
 * ("15 JP", "16 Jam Pelajaran"), clock lengths ("2 jam 30 menit", "8.5 total hours", "7min") and
 * workloads ("4 minggu, 3 jam/minggu", "6-8 hours a week, 9 weeks long"). Pure and total.
 */

/**
 * Hours per Jam Pelajaran (JP). Prakerja announced its 2023 minimum course length both as "15 JP" and
 * as "15 jam" of training in total, so a Prakerja JP counts as one hour here. (Elsewhere in Indonesian
 * vocational training a JP is often 45 minutes; if the catalogue ever says so, change this one constant.)
 */
export const JP_HOURS = 1;

const round2 = (value: number) => Math.round(value * 100) / 100;
/** A total worth storing: finite, at least a hundredth of an hour after rounding, at most 10,000 hours. */
const ok = (hours: number) => {
  const rounded = round2(hours);
  return Number.isFinite(rounded) && rounded > 0 && rounded <= 10_000 ? rounded : undefined;
};

/** ISO 8601 durations as schema.org uses them ("PT2H44M", "P1DT3H"), in hours. */
export function parseIsoDuration(text: string): number | undefined {
  if (typeof text !== 'string' || text.length > 60) return undefined;
  const match =
    /^P(?:(\d+(?:\.\d+)?)W)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(
      text.trim(),
    );
  if (!match || text.trim().length < 3) return undefined;
  const [, weeks, days, hours, minutes, seconds] = match.map((part) => (part ? Number(part) : 0));
  const total =
    (weeks ?? 0) * 168 + (days ?? 0) * 24 + (hours ?? 0) + (minutes ?? 0) / 60 + (seconds ?? 0) / 3600;
  return ok(total);
}

const NUM = String.raw`(\d+(?:[.,]\d+)?)`;
const RANGE = String.raw`${NUM}(?:\s*(?:-|–|to|sampai|s\.?d\.?)\s*${NUM})?`;
const HOUR = '(?:jam|hours?|hrs?|h|j)';
const WEEK = '(?:minggu|pekan|weeks?|wks?)';
const PER = String.raw`(?:\s*\/\s*|\s+per\s+|\s+a\s+|\s+an\s+|\s+each\s+|\s+setiap\s+|\s+tiap\s+)`;

const num = (text: string | undefined) => (text ? Number(text.replace(',', '.')) : Number.NaN);
const mid = (a: string | undefined, b: string | undefined) => (b ? (num(a) + num(b)) / 2 : num(a));

const JP_RE = new RegExp(String.raw`${NUM}\s*(?:jp|jpl|jam\s+pelajaran|lesson\s+hours?)\b`, 'i');
const RATE_RE = new RegExp(String.raw`${RANGE}\s*${HOUR}${PER}${WEEK}`, 'i');
const WEEKS_RE = new RegExp(String.raw`${RANGE}\s*${WEEK}(?![a-z])`, 'i');
const MONTHS_RE = /(\d+(?:[.,]\d+)?)\s*(?:bulan|months?)\b/i;
const HOURS_RE = new RegExp(String.raw`${RANGE}\s*(?:total\s+)?(?:jam|hours?|hrs?|h)(?![a-z])`, 'i');
const MINUTES_RE = /(\d+(?:[.,]\d+)?)\s*(?:menit|minutes?|mins?|m)(?![a-z])/i;
const SECONDS_RE = /(\d+(?:[.,]\d+)?)\s*(?:detik|seconds?|secs?|s)(?![a-z])/i;

/** Hours of study a text describes, or `undefined` when it states none. */
export function parseDuration(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const source = text.slice(0, 300).trim();
  if (!source) return undefined;
  if (/^P(\d|T\d)/i.test(source)) return parseIsoDuration(source);
  const lower = source.toLowerCase().replace(/\u00a0/g, ' ');

  const jp = JP_RE.exec(lower);
  if (jp) return ok(num(jp[1]) * JP_HOURS);

  const rate = RATE_RE.exec(lower);
  if (rate) {
    // A workload: hours per week times the number of weeks (or months), else unknown.
    const rest = lower.slice(0, rate.index) + lower.slice(rate.index + rate[0].length);
    const weeks = WEEKS_RE.exec(rest);
    const months = MONTHS_RE.exec(rest);
    const count = weeks ? mid(weeks[1], weeks[2]) : months ? num(months[1]) * (52 / 12) : Number.NaN;
    return ok(mid(rate[1], rate[2]) * count);
  }

  const hours = HOURS_RE.exec(lower);
  const minutes = MINUTES_RE.exec(lower);
  const seconds = SECONDS_RE.exec(lower);
  if (!hours && !minutes && !seconds) return undefined;
  const total =
    (hours ? mid(hours[1], hours[2]) : 0) +
    (minutes ? num(minutes[1]) / 60 : 0) +
    (seconds ? num(seconds[1]) / 3600 : 0);
  return ok(total);
}

/** Seconds (as Udemy's contentLengthVideo gives them) in hours. */
export function secondsToHours(seconds: unknown): number | undefined {
  return typeof seconds === 'number' ? ok(seconds / 3600) : undefined;
}
