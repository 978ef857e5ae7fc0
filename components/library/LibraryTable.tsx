import { useEffect, useState } from 'preact/hooks';
import { formatCount, formatDate } from '@/utils/i18n/format';
import { libraryCount } from '@/utils/library/count';
import type { BandinginDb } from '@/utils/library/db';
import { type LibraryQuery, type PageRequest, pageKeyOf, readPage } from '@/utils/library/pages';
import type { Course } from '@/utils/model';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { type LiveState, useLiveQuery } from '../hooks/use-live-query';
import { NARROW, useMediaQuery } from '../hooks/use-media-query';
import { EmptyState } from '../shell/EmptyState';
import { SafeLink } from '../shell/SafeLink';
import type { ToastMessage } from '../shell/Toast';
import { PriceHoursCells, ShortlistCell, SiteCells, TitleCell } from './CourseCells';
import { LibraryCards } from './LibraryCards';
import { LibraryFilters } from './LibraryFilters';
import { queryFromHash, writeQueryToHash } from './library-hash';
import { SearchResults } from './SearchResults';

export const PAGE_SIZE = 50;

/**
 * The library: search through the matcher, or filter and sort, one page at a time (keyset paging over
 * the table's columns: utils/library/pages.ts). The query lives in the URL hash, so reload keeps it.
 */
export function LibraryTable({ db, toast }: { db: BandinginDb; toast?: (message: ToastMessage) => void }) {
  const t = useMessages();
  const language = useLanguage();
  const narrow = useMediaQuery(NARROW);
  const [{ query, search }, setState] = useState(queryFromHash);
  const [{ page, request }, setPosition] = useState<{ page: number; request: PageRequest }>({
    page: 0,
    request: { kind: 'first' },
  });
  const change = (next: { query: LibraryQuery; search: string }) => {
    writeQueryToHash(next.query, next.search);
    setState(next);
    setPosition({ page: 0, request: { kind: 'first' } });
  };
  const library = useLiveQuery(() => libraryCount(db), [db]);
  const filterKey = JSON.stringify(query);
  // Live: any write to the library (a capture, an import, price keys re-made after a rate change)
  // bumps its version, which the page reads, so the page is read again.
  const pageResult = useLiveQuery(() => readPage(db, query, request, PAGE_SIZE), [db, filterKey, request]);
  const rows: LiveState<Course[]> =
    pageResult.status === 'ready' ? { status: 'ready', value: pageResult.value.rows } : pageResult;
  const total: LiveState<number> =
    pageResult.status === 'ready' ? { status: 'ready', value: pageResult.value.total } : pageResult;

  const pages = total.status === 'ready' ? Math.max(1, Math.ceil(total.value / PAGE_SIZE)) : undefined;
  const first = () => setPosition({ page: 0, request: { kind: 'first' } });
  const last = () => {
    if (pages === undefined || total.status !== 'ready') return;
    const size = total.value - (pages - 1) * PAGE_SIZE;
    setPosition({ page: pages - 1, request: { kind: 'last', size: Math.max(1, size) } });
  };
  const step = (delta: 1 | -1) => {
    const shown = rows.status === 'ready' ? rows.value : [];
    const edge = delta === 1 ? shown[shown.length - 1] : shown[0];
    if (!edge || page + delta <= 0) return first();
    const key = pageKeyOf(edge, query.sort);
    setPosition({
      page: page + delta,
      request: delta === 1 ? { kind: 'after', key } : { kind: 'before', key },
    });
  };
  // The library can shrink under us (another tab cleared it): go back to a page that exists.
  useEffect(() => {
    if (pages !== undefined && page >= pages) setPosition({ page: 0, request: { kind: 'first' } });
  }, [page, pages]);

  if (library.status === 'ready' && library.value === 0) {
    return (
      <EmptyState title={t.emptyTitle}>
        <p>{t.emptyBody}</p>
      </EmptyState>
    );
  }
  const heading = (
    <>
      <h1 id="library-title">
        {t.library}{' '}
        {library.status === 'ready' && (
          <span class="count">({t.libraryCount(formatCount(library.value, language))})</span>
        )}
      </h1>
      <LibraryFilters db={db} query={query} search={search} onChange={change} />
    </>
  );
  if (search.trim()) {
    return (
      <section aria-labelledby="library-title">
        {heading}
        <SearchResults db={db} text={search} query={query} toast={toast} />
      </section>
    );
  }
  if (total.status === 'error' || rows.status === 'error') {
    const error = total.status === 'error' ? total.error : rows.status === 'error' ? rows.error : undefined;
    return (
      <EmptyState title={t.error}>
        <p>{error?.message}</p>
      </EmptyState>
    );
  }
  if (rows.status === 'loading' || library.status !== 'ready') {
    return (
      <section aria-labelledby="library-title">
        {heading}
        <p class="loading">{t.loading}</p>
      </section>
    );
  }
  const pagesText = pages === undefined ? t.counting : formatCount(pages, language);
  return (
    <section aria-labelledby="library-title">
      {heading}
      {rows.value.length === 0 && <p class="muted">{t.searchNone}</p>}
      {narrow ? (
        <LibraryCards db={db} courses={rows.value} toast={toast} />
      ) : (
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
              <th scope="col">
                <span class="visually-hidden">{t.addToShortlist}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.value.map((course) => (
              <tr key={course.id}>
                <TitleCell course={course}>
                  {' '}
                  {course.url && <SafeLink href={course.url}>↗</SafeLink>}
                </TitleCell>
                <SiteCells course={course} />
                <td>{course.provider ?? '–'}</td>
                <PriceHoursCells course={course} />
                <td>{formatDate(course.lastSeen, language)}</td>
                <ShortlistCell db={db} course={course} toast={toast} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav class="pager" aria-label={t.pageOf(String(page + 1), String(pages ?? '…'))}>
        <button type="button" class="secondary" disabled={page === 0} onClick={first}>
          « {t.first}
        </button>
        <button type="button" class="secondary" disabled={page === 0} onClick={() => step(-1)}>
          ← {t.previous}
        </button>
        <span aria-live="polite">{t.pageOf(formatCount(page + 1, language), pagesText)}</span>
        <button
          type="button"
          class="secondary"
          disabled={pages === undefined ? rows.value.length < PAGE_SIZE : page + 1 >= pages}
          onClick={() => step(1)}
        >
          {t.next} →
        </button>
        <button
          type="button"
          class="secondary"
          disabled={pages === undefined || page + 1 >= pages}
          onClick={last}
        >
          {t.last} »
        </button>
      </nav>
    </section>
  );
}
