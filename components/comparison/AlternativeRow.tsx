import { priceDifference, priceInIdr, rupiahPerHour } from '@/utils/compare/facts';
import type { ShownMatch } from '@/utils/compare/shown-comparison';
import { whyParts } from '@/utils/compare/why';
import { formatCount, formatDifference, formatHours, formatMoney } from '@/utils/i18n/format';
import { describeMatchNote } from '@/utils/i18n/match-notes';
import type { BandinginDb } from '@/utils/library/db';
import type { Course, Settings } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { SafeLink } from '../shell/SafeLink';

const rupiah = (amount: number) => formatMoney({ amount, currency: 'IDR' });

export interface AlternativeRowProps {
  db: BandinginDb;
  course: Course;
  match: ShownMatch;
  settings: Settings;
  onVerdict: (same: boolean) => void;
  onSave: () => void;
}

/** One alternative beside the user's course: price in rupiah and the difference, content, and why. */
export function AlternativeRow({ course, match, settings, onVerdict, onSave }: AlternativeRowProps) {
  const t = useMessages();
  const language = useLanguage();
  const { shared, notes } = whyParts(match);
  const other = match.record;
  const mine = priceInIdr(course, settings.rates);
  const theirs = priceInIdr(other, settings.rates);
  const difference = priceDifference(mine?.idr, theirs?.idr);
  const perHour = rupiahPerHour(theirs?.idr, other.hours);
  const { topics } = match;
  const verdictLabel = match.pinned ? t.pinned : match.verdict === 'equivalent' ? t.equivalent : t.related;
  return (
    <li class={`alternative verdict-${match.pinned ? 'pinned' : match.verdict}`} data-testid="alternative">
      <div class="alt-head">
        <span class="alt-verdict">{verdictLabel}</span>
        <span class="muted">
          {siteName(other.site)}
          {other.provider && ` · ${other.provider}`}
        </span>
      </div>
      <h3 class="alt-title">
        <SafeLink href={other.url}>{other.title}</SafeLink>
      </h3>
      <div class="alt-price">
        <strong>{theirs ? (theirs.idr === 0 ? t.free : rupiah(theirs.idr)) : '–'}</strong>
        {difference && difference.amount !== 0 && (
          <span class={difference.amount < 0 ? 'cheaper' : 'pricier'} data-testid="difference">
            {' '}
            {formatDifference(difference.amount, difference.percent)}
          </span>
        )}
        {theirs?.rate && (
          <span class="muted rate">
            {' '}
            ({formatMoney(other.price!, language)};{' '}
            {t.rateNote(theirs.rate.currency, rupiah(theirs.rate.idr), theirs.rate.date)})
          </span>
        )}
      </div>
      <p class="alt-facts muted">
        {[
          other.hours !== undefined && formatHours(other.hours, language),
          perHour !== undefined && `${rupiah(perHour)} ${t.perHour}`,
          other.mode,
          other.certificate !== undefined && `${t.certificate}: ${other.certificate ? t.yes : t.no}`,
          other.rating !== undefined &&
            `${other.rating.toLocaleString(language === 'id' ? 'id-ID' : 'en-US')} ★${other.ratingCount !== undefined ? ` (${formatCount(other.ratingCount, language)})` : ''}`,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p class="alt-why">
        {t.score} {Math.round(match.score * 100)}%
        {shared.length > 0 && ` · ${t.why}: ${shared.slice(0, 5).join(', ')}`}
        {notes.length > 0 &&
          ` · ${t.differs}: ${notes
            .slice(0, 3)
            .map((note) => describeMatchNote(note, language))
            .join(', ')}`}
      </p>
      {topics && (
        <dl class="topics">
          {topics.both.length > 0 && (
            <>
              <dt>{t.topicsBoth}</dt>
              <dd>{topics.both.join(', ')}</dd>
            </>
          )}
          {topics.onlyCourse.length > 0 && (
            <>
              <dt>{t.topicsOnlyCourse}</dt>
              <dd>{topics.onlyCourse.join(', ')}</dd>
            </>
          )}
          {topics.onlyOther.length > 0 && (
            <>
              <dt>{t.topicsOnlyOther}</dt>
              <dd>{topics.onlyOther.join(', ')}</dd>
            </>
          )}
        </dl>
      )}
      <div class="alt-actions">
        <button
          type="button"
          class="secondary"
          aria-pressed={match.pinned === true}
          onClick={() => onVerdict(true)}
        >
          {t.same}
        </button>
        <button type="button" class="secondary" onClick={() => onVerdict(false)}>
          {t.notSame}
        </button>
        <button type="button" class="secondary" onClick={onSave}>
          {t.saveToShortlist}
        </button>
      </div>
    </li>
  );
}
