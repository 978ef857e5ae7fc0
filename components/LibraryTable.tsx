import { useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/db';
import { formatCount, formatDate, formatHours, formatMoney } from '@/utils/format';
import { siteName } from '@/utils/sites/registry';
import { EmptyState } from './EmptyState';
import { useLanguage, useMessages } from './i18n-context';
import { SafeLink } from './SafeLink';
import { useLiveQuery } from './use-live-query';

export const PAGE_SIZE = 50;

/**
 * The library, newest first, one page at a time: each page is one indexed range read,
 * so it stays quick at 100k courses.
 */
export function LibraryTable({ db }: { db: BandinginDb }) {
  const t = useMessages();
  const language = useLanguage();
  const [page, setPage] = useState(0);
  const total = useLiveQuery(() => db.courses.count(), [db]);
  const rows = useLiveQuery(
    () =>
      db.courses
        .orderBy('lastSeen')
        .reverse()
        .offset(page * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .toArray(),
    [db, page],
  );

  if (total.status === 'error' || rows.status === 'error') {
    const error = total.status === 'error' ? total.error : rows.status === 'error' ? rows.error : undefined;
    return (
      <EmptyState title={t.error}>
        <p>{error?.message}</p>
      </EmptyState>
    );
  }
  if (total.status === 'loading' || rows.status === 'loading') return <p class="loading">{t.loading}</p>;
  if (total.value === 0) {
    return (
      <EmptyState title={t.emptyTitle}>
        <p>{t.emptyBody}</p>
      </EmptyState>
    );
  }
  const pages = Math.max(1, Math.ceil(total.value / PAGE_SIZE));
  return (
    <section aria-labelledby="library-title">
      <h1 id="library-title">
        {t.library} <span class="count">({t.libraryCount(formatCount(total.value, language))})</span>
      </h1>
      <table class="library">
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.site}</th>
            <th scope="col">{t.side}</th>
            <th scope="col">{t.provider}</th>
            <th scope="col" class="num">
              {t.price}
            </th>
            <th scope="col" class="num">
              {t.hours}
            </th>
            <th scope="col">{t.lastSeen}</th>
          </tr>
        </thead>
        <tbody>
          {rows.value.map((course) => (
            <tr key={course.id}>
              <td>
                <SafeLink href={course.url}>{course.title}</SafeLink>
              </td>
              <td>{siteName(course.site)}</td>
              <td class={`side side-${course.side}`}>{t[course.side]}</td>
              <td>{course.provider ?? '–'}</td>
              <td class="num">
                {course.price
                  ? course.price.amount === 0
                    ? t.free
                    : formatMoney(course.price, language)
                  : '–'}
              </td>
              <td class="num">{course.hours !== undefined ? formatHours(course.hours, language) : '–'}</td>
              <td>{formatDate(course.lastSeen, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <nav class="pager" aria-label={t.pageOf(String(page + 1), String(pages))}>
        <button type="button" class="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
          ← {t.previous}
        </button>
        <span aria-live="polite">
          {t.pageOf(formatCount(page + 1, language), formatCount(pages, language))}
        </span>
        <button
          type="button"
          class="secondary"
          disabled={page + 1 >= pages}
          onClick={() => setPage(page + 1)}
        >
          {t.next} →
        </button>
      </nav>
    </section>
  );
}
