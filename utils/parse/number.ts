/**
 * Numbers as Indonesian and English pages write them: "1.500.000", "1,500,000", "1.500.000,00",
 * "12,99", "8.5", "1,5". Pure and total: never throws, `undefined` when there is no number.
 */

/** Read one number token (digits with `.`/`,` separators) whose separators may mean thousands or decimals. */
export function parseNumberToken(token: string, opts: { decimalHint?: boolean } = {}): number | undefined {
  const raw = token.trim();
  if (!/^\d[\d.,\s\u00a0']*$/.test(raw) || raw.length > 40) return undefined;
  const text = raw.replace(/[\s\u00a0']/g, '');
  const dots = text.split('.').length - 1;
  const commas = text.split(',').length - 1;
  let normalised: string;
  if (dots && commas) {
    // Both present: the last one written is the decimal separator.
    const decimal = text.lastIndexOf('.') > text.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    normalised = text.split(thousands).join('').replace(decimal, '.');
    if ((normalised.match(/\./g) ?? []).length > 1) return undefined;
  } else if (dots + commas === 0) {
    normalised = text;
  } else {
    const sep = dots ? '.' : ',';
    const parts = text.split(sep);
    if (parts.length > 2) {
      // "1.500.000": only thousands separators, each group of three.
      if (!parts.slice(1).every((part) => part.length === 3)) return undefined;
      normalised = parts.join('');
    } else {
      const [whole = '', fraction = ''] = parts;
      // "1.500" is fifteen hundred unless the caller knows a decimal is likely ("1,5 jt", "8.5 hours").
      const thousands = fraction.length === 3 && !opts.decimalHint && whole !== '0';
      normalised = thousands ? `${whole}${fraction}` : `${whole}.${fraction}`;
    }
  }
  if (!/^\d+(\.\d*)?$/.test(normalised)) return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}

const COUNT_SUFFIX: Record<string, number> = {
  k: 1e3,
  rb: 1e3,
  ribu: 1e3,
  jt: 1e6,
  juta: 1e6,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
};

/** A count such as "1.234", "4,896", "12K", "1,2 rb" or "2.5 juta", as an integer. */
export function parseCount(text: string): number | undefined {
  if (typeof text !== 'string') return undefined;
  const match = /(\d[\d.,]*)\s*(k|rb|ribu|jt|juta|mn|m|million)?\b/i.exec(text.slice(0, 200));
  if (!match) return undefined;
  const suffix = match[2]?.toLowerCase();
  const value = parseNumberToken(match[1]!.replace(/[.,]$/, ''), { decimalHint: Boolean(suffix) });
  if (value === undefined) return undefined;
  const total = Math.round(value * (suffix ? (COUNT_SUFFIX[suffix] ?? 1) : 1));
  return Number.isSafeInteger(total) ? total : undefined;
}

/**
 * A number from a JSON value or a short text ("4.5", "1.500.000", "12,99", 150000): the one reader
 * every layer uses, so "1.500" means fifteen hundred everywhere.
 */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const token = /\d[\d.,]*/.exec(value.slice(0, 100))?.[0]?.replace(/[.,]$/, '');
  return token === undefined ? undefined : parseNumberToken(token);
}
