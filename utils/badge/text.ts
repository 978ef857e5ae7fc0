/** What the in-page badge says: short, Indonesian first. */
import type { MatchSummary } from '../match-summary';
import type { Language } from '../model';

const rupiah = (amount: number) =>
  `Rp${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(amount)}`;

export function badgeText(summary: MatchSummary, language: Language = 'id'): string {
  const { count, cheapestIdr, side } = summary;
  if (count === 0) return language === 'id' ? 'Cari di situs lain' : 'Search other sites';
  const cheapest =
    cheapestIdr === undefined
      ? ''
      : language === 'id'
        ? ` · mulai ${rupiah(cheapestIdr)}`
        : ` · from ${rupiah(cheapestIdr)}`;
  if (side === 'prakerja') {
    return language === 'id'
      ? `${count} kursus serupa${cheapest}`
      : `${count} similar ${count === 1 ? 'course' : 'courses'}${cheapest}`;
  }
  return language === 'id'
    ? `${count} pelatihan Prakerja serupa${cheapest}`
    : `${count} similar Prakerja ${count === 1 ? 'training' : 'trainings'}${cheapest}`;
}

/** The badge's accessible name: what it says and what a click does. */
export function badgeLabel(summary: MatchSummary, language: Language = 'id'): string {
  const action = language === 'id' ? 'buka perbandingan' : 'open the comparison';
  return `Bandingin: ${badgeText(summary, language)}, ${action}`;
}
