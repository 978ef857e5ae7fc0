/** Table cells a course row shares across the library and the search results. */

import { formatHours, formatMoney } from '@/utils/i18n/format';
import type { BandinginDb } from '@/utils/library/db';
import type { Course } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { AddToShortlist } from '../shortlists/AddToShortlist';

export function TitleCell({ course, children }: { course: Course; children?: preact.ComponentChildren }) {
  return (
    <td>
      <a href={`#course/${encodeURIComponent(course.id)}`}>{course.title}</a>
      {children}
    </td>
  );
}

export function SiteCells({ course }: { course: Course }) {
  const t = useMessages();
  return (
    <>
      <td>{siteName(course.site)}</td>
      <td class={`side side-${course.side}`}>{t[course.side]}</td>
    </>
  );
}

export function PriceHoursCells({ course }: { course: Course }) {
  const t = useMessages();
  const language = useLanguage();
  const price = course.price
    ? course.price.amount === 0
      ? t.free
      : formatMoney(course.price, language)
    : '–';
  return (
    <>
      <td class="num">{price}</td>
      <td class="num">{course.hours !== undefined ? formatHours(course.hours, language) : '–'}</td>
    </>
  );
}

export function ShortlistCell(props: {
  db: BandinginDb;
  course: Course;
  toast?: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  return (
    <td>
      <AddToShortlist
        db={props.db}
        courseId={props.course.id}
        onAdded={(name) => props.toast?.({ text: t.added(name) })}
      />
    </td>
  );
}
