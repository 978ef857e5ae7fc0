/** How money, hours and dates read in the UI. Indonesian conventions: "Rp1.500.000", "16 jam". */
import type { Language, Money } from '../model';

const locales: Record<Language, string> = { id: 'id-ID', en: 'en-US' };

export function formatMoney(money: Money, language: Language = 'id'): string {
  if (money.currency === 'IDR') {
    return `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.round(money.amount))}`;
  }
  try {
    return new Intl.NumberFormat(locales[language], { style: 'currency', currency: money.currency }).format(
      money.amount,
    );
  } catch {
    return `${money.currency} ${money.amount}`;
  }
}

export function formatHours(hours: number, language: Language = 'id'): string {
  const rounded = Math.round(hours * 10) / 10;
  const number = new Intl.NumberFormat(locales[language]).format(rounded);
  return language === 'id' ? `${number} jam` : `${number} ${rounded === 1 ? 'hour' : 'hours'}`;
}

export function formatCount(count: number, language: Language = 'id'): string {
  return new Intl.NumberFormat(locales[language]).format(count);
}

export function formatDate(epochMs: number, language: Language = 'id'): string {
  return new Intl.DateTimeFormat(locales[language], { dateStyle: 'medium' }).format(new Date(epochMs));
}

/** A price difference in rupiah: "−Rp1.350.000 · −90%" (minus: the other course is cheaper). */
export function formatDifference(amount: number, percent?: number): string {
  const money = `${amount < 0 ? '−' : '+'}${formatMoney({ amount: Math.abs(amount), currency: 'IDR' })}`;
  return percent === undefined ? money : `${money} · ${percent > 0 ? '+' : '−'}${Math.abs(percent)}%`;
}
