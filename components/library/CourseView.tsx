import { formatDate, formatHours, formatMoney } from '@/utils/i18n/format';
import type { Money } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { CourseComparison, type CourseComparisonProps } from '../comparison/CourseComparison';
import { PriceHistory } from '../comparison/PriceHistory';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { SafeLink } from '../shell/SafeLink';

/**
 * One course in the dashboard: its facts, its price history and the same comparison the popup
 * shows (matches on the other side, with the user's "sama" / "bukan" marks).
 */
export function CourseView({ db, course, settings, toast }: CourseComparisonProps) {
  const t = useMessages();
  const language = useLanguage();
  const facts: [string, string | undefined][] = [
    [t.site, siteName(course.site)],
    [t.side, t[course.side]],
    [t.provider, course.provider],
    [t.price, course.price ? priceText(course.price, course.free, t.free, language) : undefined],
    [t.hours, course.hours !== undefined ? formatHours(course.hours, language) : undefined],
    [t.mode, course.mode ? t.modes[course.mode] : undefined],
    [t.fieldNames.level ?? 'level', course.level],
    [t.fieldNames.city ?? 'city', course.city],
    [t.fieldNames.address ?? 'address', course.address],
    [t.fieldNames.schedule ?? 'schedule', course.schedule],
    [t.firstSeen, formatDate(course.firstSeen, language)],
    [t.lastSeen, formatDate(course.lastSeen, language)],
  ];
  return (
    <article class="course-view" aria-labelledby="course-title">
      <h1 id="course-title">{course.title}</h1>
      <dl class="facts">
        {facts
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {course.url && (
        <p>
          <SafeLink href={course.url}>{t.openOnSite} ↗</SafeLink>
        </p>
      )}
      <PriceHistory db={db} courseId={course.id} level={2} />
      <CourseComparison db={db} course={course} settings={settings} toast={toast} />
    </article>
  );
}

const priceText = (price: Money, free: boolean | undefined, freeText: string, language: 'id' | 'en') =>
  price.amount === 0 || free ? freeText : formatMoney(price, language);
