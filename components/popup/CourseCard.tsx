import { priceInIdr } from '@/utils/compare/facts';
import { formatHours, formatMoney } from '@/utils/i18n/format';
import type { Course, Settings } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { SafeLink } from '../shell/SafeLink';

/** One course at a glance: what the popup shows for the page the user is on. */
export function CourseCard({ course, settings }: { course: Course; settings?: Settings }) {
  const t = useMessages();
  const language = useLanguage();
  const price = course.price ?? (course.free ? { amount: 0, currency: 'IDR' } : undefined);
  return (
    <article class="course-card" aria-label={course.title}>
      <h2 class="course-title">
        <SafeLink href={course.url}>{course.title}</SafeLink>
      </h2>
      <p class="course-meta">
        <span class={`side side-${course.side}`}>{t[course.side]}</span> · {siteName(course.site)}
      </p>
      <dl class="facts">
        {course.provider && (
          <>
            <dt>{t.provider}</dt>
            <dd data-field="provider">{course.provider}</dd>
          </>
        )}
        {price && (
          <>
            <dt>{t.price}</dt>
            <dd data-field="price">
              {price.amount === 0 ? t.free : formatMoney(price, language)}
              {course.listPrice && course.listPrice.amount > price.amount && (
                <s class="list-price"> {formatMoney(course.listPrice, language)}</s>
              )}
            </dd>
          </>
        )}
        {course.hours !== undefined && (
          <>
            <dt>{t.hours}</dt>
            <dd data-field="hours">{formatHours(course.hours, language)}</dd>
          </>
        )}
        {course.rating !== undefined && (
          <>
            <dt>{t.rating}</dt>
            <dd data-field="rating">
              {course.rating.toLocaleString(language === 'id' ? 'id-ID' : 'en-US')} ★
              {course.ratingCount !== undefined && ` (${course.ratingCount.toLocaleString('id-ID')})`}
            </dd>
          </>
        )}
      </dl>
      {settings && <BalanceShare course={course} settings={settings} />}
    </article>
  );
}

/** How much of the training balance this course would take ("43% dari saldo Rp3.500.000"). */
function BalanceShare({ course, settings }: { course: Course; settings: Settings }) {
  const t = useMessages();
  const language = useLanguage();
  const idr = priceInIdr(course, settings.rates)?.idr;
  if (course.side !== 'prakerja' || idr === undefined || settings.balance <= 0) return null;
  const percent = Math.round((idr / settings.balance) * 100);
  return (
    <div class="balance-share" data-testid="balance-share">
      <div class="meter" aria-hidden="true">
        <div class={percent > 100 ? 'fill over' : 'fill'} style={{ width: `${Math.min(100, percent)}%` }} />
      </div>
      <span>
        {t.balanceShare(`${percent}%`, formatMoney({ amount: settings.balance, currency: 'IDR' }, language))}
      </span>
    </div>
  );
}
