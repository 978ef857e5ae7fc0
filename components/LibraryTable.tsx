import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/db';
import { formatCount, formatDate, formatHours, formatMoney } from '@/utils/format';
import { type PageRequest, pageKeyOf, readLibraryPage } from '@/utils/library-pages';
import { siteName } from '@/utils/sites/registry';
import { EmptyState } from './EmptyState';
import { useLanguage, useMessages } from './i18n-context';
import { SafeLink } from './SafeLink';
import { useLiveQuery } from './use-live-query';

export const PAGE_SIZE = 50;

/** The library, newest first, one page at a time (keyset paging: quick at 100k courses). */
export function LibraryTable({ db }: { db: BandinginDb }) {
  const t = useMessages();
  const language = useLanguage();
  const [{ page, request }, setPosition] = useState<{ page: number; request: PageRequest }>({
    page: 0,
    request: { kind: 'first' },
  });
  const total = useLiveQuery(() => db.courses.count(), [db]);
  const rows = useLiveQuery(() => readLibraryPage(db, request, PAGE_SIZE), [db, request]);

  const pages = total.status === 'ready' ? Math.max(1, Math.ceil(total.value / PAGE_SIZE)) : 1;
  const first = () => setPosition({ page: 0, request: { kind: 'first' } });
  const last = () => {
    const size = (total.status === 'ready' ? total.value : 0) - (pages - 1) * PAGE_SIZE;
    setPosition({ page: pages - 1, request: { kind: 'last', size: Math.max(1, size) } });
  };
  const step = (delta: 1 | -1) => {
    const shown = rows.status === 'ready' ? rows.value : [];
    const edge = delta === 1 ? shown[shown.length - 1] : shown[0];
    if (!edge || page + delta <= 0) return first();
    const key = pageKeyOf(edge);
    setPosition({
      page: page + delta,
      request: delta === 1 ? { kind: 'after', key } : { kind: 'before', key },
    });
  };
  // The library can shrink under us (another tab cleared it): go back to a page that exists.
  useEffect(() => {
    if (total.status === 'ready' && page >= pages) setPosition({ page: 0, request: { kind: 'first' } });
  }, [total.status, page, pages]);

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
        <button type="button" class="secondary" disabled={page === 0} onClick={first}>
          « {t.first}
        </button>
        <button type="button" class="secondary" disabled={page === 0} onClick={() => step(-1)}>
          ← {t.previous}
        </button>
        <span aria-live="polite">
          {t.pageOf(formatCount(page + 1, language), formatCount(pages, language))}
        </span>
        <button type="button" class="secondary" disabled={page + 1 >= pages} onClick={() => step(1)}>
          {t.next} →
        </button>
        <button type="button" class="secondary" disabled={page + 1 >= pages} onClick={last}>
          {t.last} »
        </button>
      </nav>
    </section>
  );
}
