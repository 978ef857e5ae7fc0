/**
 * Prices as course pages write them: "Rp 1.500.000", "Rp1,5 jt", "Rp 1.5juta", "IDR 1.500.000,00",
 * "Rp 250rb", "Gratis", "Free", "$19.99", "€12,99", "US$ 49", and a struck-through original beside
 * the current price. Pure, total (never throws), no dependencies: the content script uses it.
 */
import { MAX_PRICE } from '../limits';
import type { Money } from '../model';
import { parseNumberToken } from './number';

const CURRENCY_WORDS: [RegExp, string][] = [
  [/^(rp\.?|idr)$/i, 'IDR'],
  [/^(us\$|usd|\$)$/i, 'USD'],
  [/^(€|eur)$/i, 'EUR'],
  [/^(£|gbp)$/i, 'GBP'],
  [/^(s\$|sgd)$/i, 'SGD'],
  [/^(rm|myr)$/i, 'MYR'],
  [/^(₹|inr|rs\.?)$/i, 'INR'],
  [/^(a\$|aud)$/i, 'AUD'],
];

const CURRENCY = String.raw`(?:Rp\.?|IDR|US\$|USD|S\$|SGD|A\$|AUD|\$|€|EUR|£|GBP|RM|MYR|₹|INR)`;
const AMOUNT = String.raw`(\d[\d.,]*)`;
const SCALE = String.raw`(?:[ \u00a0]?(jt|juta|rb|ribu|k|mio)\b)?`;

/**
 * One price grammar. Currency before the amount ("Rp 1.500.000", "US$ 49") is read first; only what it
 * leaves is read as amount-then-currency ("12,99 €", "1.500.000 IDR"), so the number before a price
 * ("Sesi 2 Rp 150.000", "Batch 3 Rp 1.500.000", a "0" discount badge) never becomes the amount.
 */
const CURRENCY_FIRST = new RegExp(String.raw`(${CURRENCY})[ \u00a0]*${AMOUNT}${SCALE}`, 'gi');
const AMOUNT_FIRST = new RegExp(String.raw`${AMOUNT}${SCALE}[ \u00a0]*(${CURRENCY})(?![a-z])`, 'gi');

const FREE_RE = /(^|[^a-z])(gratis|free|rp\.?\s*0(?![\d.,])|gratuit|kostenlos)([^a-z]|$)/i;

const SCALES: Record<string, number> = { jt: 1e6, juta: 1e6, mio: 1e6, rb: 1e3, ribu: 1e3, k: 1e3 };

function currencyOf(symbol: string): string | undefined {
  return CURRENCY_WORDS.find(([pattern]) => pattern.test(symbol.trim()))?.[1];
}

function toMoney(symbol: string, amountText: string, scaleWord: string | undefined): Money | undefined {
  const currency = currencyOf(symbol);
  if (!currency) return undefined;
  const scale = scaleWord ? SCALES[scaleWord.toLowerCase()] : undefined;
  let token = amountText.replace(/[.,]+$/, '');
  // "Rp 1.500.000,-": the dash is the Indonesian "no cents" mark; a trailing separator carries nothing.
  if (currency === 'IDR' && !scale) {
    // Rupiah has no cents in practice: "1.500.000,00" → drop the ",00"/".00" tail.
    token = token.replace(/[.,]\d{2}$/, (tail) => (/^[.,]00$/.test(tail) ? '' : tail));
  }
  // Two decimals after a single separator are cents in any currency ("$19.99", "€12,99").
  const decimalHint = Boolean(scale) || /^[^.,]*[.,]\d{1,2}$/.test(token);
  const value = parseNumberToken(token, { decimalHint });
  if (value === undefined) return undefined;
  let amount = value * (scale ?? 1);
  amount = currency === 'IDR' ? Math.round(amount) : Math.round(amount * 100) / 100;
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_PRICE) return undefined;
  return { amount, currency };
}

/** Every price written in `text`, in order. */
export function parsePrices(text: string): Money[] {
  if (typeof text !== 'string' || !text) return [];
  const source = text.slice(0, 2000);
  const found: { at: number; money: Money }[] = [];
  let rest = source;
  for (const match of source.matchAll(CURRENCY_FIRST)) {
    const money = toMoney(match[1] ?? '', match[2] ?? '', match[3]);
    if (money) found.push({ at: match.index, money });
    // What currency-then-amount read is not read again the other way round.
    rest =
      rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    if (found.length >= 20) break;
  }
  for (const match of rest.matchAll(AMOUNT_FIRST)) {
    if (found.length >= 20) break;
    const money = toMoney(match[3] ?? '', match[1] ?? '', match[2]);
    if (money) found.push({ at: match.index, money });
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.money);
}

/** Whether the text says the course costs nothing ("Gratis", "Free", "Rp 0"). */
export function isFreeText(text: string): boolean {
  return typeof text === 'string' && FREE_RE.test(text.slice(0, 300));
}

/** The first price in `text`; "Gratis"/"Free" alone is zero in `freeCurrency`. */
export function parsePrice(text: string, freeCurrency = 'IDR'): Money | undefined {
  const [first] = parsePrices(text);
  if (first) return first;
  return isFreeText(text) ? { amount: 0, currency: freeCurrency } : undefined;
}

export interface PriceReading {
  price?: Money;
  listPrice?: Money;
  free?: boolean;
}

/**
 * A price block: the current price, and the original when the page shows one beside it (struck through,
 * or simply the higher of two prices in the same currency, as discount blocks write them).
 */
export function readPriceText(text: string, struckText = '', freeCurrency = 'IDR'): PriceReading {
  const struck = parsePrices(struckText);
  const all = parsePrices(text);
  const result: PriceReading = {};
  const listPrice = struck[0];
  const current = all.find((money) => !listPrice || money.amount !== listPrice.amount) ?? all[0];
  if (current && listPrice && current.currency === listPrice.currency && listPrice.amount > current.amount) {
    result.price = current;
    result.listPrice = listPrice;
  } else if (!listPrice && all.length >= 2) {
    const [a, b] = all as [Money, Money];
    if (a.currency === b.currency && a.amount !== b.amount) {
      result.price = a.amount < b.amount ? a : b;
      result.listPrice = a.amount < b.amount ? b : a;
    } else result.price = a;
  } else if (current) {
    result.price = current;
  }
  if (!result.price && isFreeText(text)) result.price = { amount: 0, currency: freeCurrency };
  if (result.price?.amount === 0) result.free = true;
  return result;
}

/** Struck-through parts of an element: <s>, <del>, <strike>, or a class that says "original/old/strike". */
const STRUCK_SELECTOR =
  's, del, strike, [style*="line-through" i], [class*="strike" i], [class*="line-through" i], [class*="original" i], [class*="old-price" i], [class*="oldprice" i], [class*="coret" i], [class*="before" i], [class*="list-price" i], [data-purpose*="old-price"], [data-purpose*="original-price"]';

/**
 * An element's text with a space between its text nodes: "<del>Rp 1,5 jt</del><b>Rp 1 jt</b>" must not
 * read as "Rp 1,5 jtRp 1 jt".
 */
export function spacedText(node: Node, max = 2000): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (current: Node) => {
    if (length > max) return;
    if (current.nodeType === 3) {
      const value = current.nodeValue ?? '';
      parts.push(value);
      length += value.length + 1;
      return;
    }
    if (current.nodeType === 1 && /^(SCRIPT|STYLE|TEMPLATE)$/.test((current as Element).tagName)) return;
    for (let child = current.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(node);
  return parts.join(' ').slice(0, max);
}

/** Read the price shown in an element, telling the struck-through original from the current price. */
export function readPriceElement(element: Element, freeCurrency = 'IDR'): PriceReading {
  const struck = [...element.querySelectorAll(STRUCK_SELECTOR)]
    .slice(0, 5)
    .map((node) => spacedText(node, 200))
    .join(' ');
  return readPriceText(spacedText(element), struck, freeCurrency);
}
