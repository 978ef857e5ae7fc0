import { formatHours, formatMoney } from '@/utils/format';
import type { Course } from '@/utils/model';
import { siteName } from '@/utils/sites/registry';
import { useLanguage, useMessages } from './i18n-context';
import { SafeLink } from './SafeLink';

/** One course at a glance: what the popup shows for the page the user is on. */
export function CourseCard({ course }: { course: Course }) {
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
    </article>
  );
}
