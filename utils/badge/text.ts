/** What the in-page badge says: short, Indonesian first. */
import type { MatchSummary } from '../compare/summary';
import { BADGE_MESSAGES } from '../i18n/badge';
import { formatMoney } from '../i18n/format';
import type { Language } from '../model';

export function badgeText(summary: MatchSummary, language: Language = 'id'): string {
  const { count, cheapestIdr, side } = summary;
  const messages = BADGE_MESSAGES[language];
  if (count === 0) return messages.none;
  const cheapest =
    cheapestIdr === undefined
      ? ''
      : messages.from(formatMoney({ amount: cheapestIdr, currency: 'IDR' }, language));
  return (side === 'prakerja' ? messages.similarCourses : messages.similarTrainings)(count) + cheapest;
}

/** The badge's accessible name: what it says and what a click does. */
export function badgeLabel(summary: MatchSummary, language: Language = 'id'): string {
  return `Bandingin: ${badgeText(summary, language)}, ${BADGE_MESSAGES[language].action}`;
}
