/** Money in rupiah: every comparison and budget is in IDR, other currencies by the user's dated rates. */
import type { CurrencyRate, Money, Settings } from './model';

export interface Converted {
  idr: number;
  /** The rate used, when the amount was not already rupiah. */
  rate?: CurrencyRate & { currency: string };
}

/** The amount in whole rupiah, or undefined when no rate is known for its currency. */
export function toIdr(money: Money, rates: Settings['rates']): Converted | undefined {
  if (money.currency === 'IDR') return { idr: Math.round(money.amount) };
  const rate = rates[money.currency];
  if (!rate) return undefined;
  return { idr: Math.round(money.amount * rate.idr), rate: { ...rate, currency: money.currency } };
}

export interface Budget {
  total: number;
  balance: number;
  /** Positive: what is left ("sisa"); negative: how much over ("lebih"). */
  remaining: number;
  /** Items whose price could not be counted (no price, or no rate for its currency). */
  uncounted: number;
}

export function budgetOf(prices: (Money | undefined)[], settings: Pick<Settings, 'balance' | 'rates'>): Budget {
  let total = 0;
  let uncounted = 0;
  for (const price of prices) {
    const converted = price ? toIdr(price, settings.rates) : undefined;
    if (converted) total += converted.idr;
    else uncounted++;
  }
  return { total, balance: settings.balance, remaining: settings.balance - total, uncounted };
}
