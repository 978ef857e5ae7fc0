/**
 * The library (or search results) as cards, for phone width: a wide table would scroll sideways.
 * Same facts and actions as a table row; `extra` adds a line (the search's score and why).
 */
import type { ComponentChildren } from 'preact';
import { formatDate, formatHours, formatMoney } from '@/utils/i18n/format';
import type { BandinginDb } from '@/utils/library/db';
import type { Course } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { SafeLink } from '../shell/SafeLink';
import type { ToastMessage } from '../shell/Toast';
import { AddToShortlist } from '../shortlists/AddToShortlist';

export function LibraryCards({
  db,
  courses,
  toast,
  extra,
}: {
  db: BandinginDb;
  courses: readonly Course[];
  toast?: (message: ToastMessage) => void;
  extra?: (course: Course, index: number) => ComponentChildren;
}) {
  const t = useMessages();
  const language = useLanguage();
  return (
    <ul class="library-cards">
      {courses.map((course, index) => {
        const price = course.price
          ? course.price.amount === 0
            ? t.free
            : formatMoney(course.price, language)
          : undefined;
        return (
          <li key={course.id} class="library-card" data-testid="library-card">
            <h2 class="card-title">
              <a href={`#course/${encodeURIComponent(course.id)}`}>{course.title}</a>
            </h2>
            <p class="card-meta">
              {siteName(course.site)} · <span class={`side side-${course.side}`}>{t[course.side]}</span>
              {course.provider && ` · ${course.provider}`}
            </p>
            <p class="card-facts">
              <strong>{price ?? '–'}</strong>
              {course.hours !== undefined && ` · ${formatHours(course.hours, language)}`}
              {` · ${t.lastSeen} ${formatDate(course.lastSeen, language)}`}
            </p>
            {extra?.(course, index)}
            <div class="card-actions">
              {course.url && <SafeLink href={course.url}>{t.openOnSite} ↗</SafeLink>}
              <AddToShortlist
                db={db}
                courseId={course.id}
                onAdded={(name) => toast?.({ text: t.added(name) })}
              />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
