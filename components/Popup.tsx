import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/db';
import { formatCount } from '@/utils/format';
import type { TabCapture } from '@/utils/messaging';
import type { Course } from '@/utils/model';
import { CourseCard } from './CourseCard';
import { EmptyState } from './EmptyState';
import { useLanguage, useMessages } from './i18n-context';
import { useLiveQuery } from './use-live-query';

export interface PopupProps {
  db: BandinginDb;
  /** Asks the background what the current tab showed; undefined when there is no tab. */
  loadTabCapture: () => Promise<TabCapture | null>;
  openDashboard: () => void;
}

/** The popup: the current tab's course(s), the library size, or how to get started. */
export function Popup({ db, loadTabCapture, openDashboard }: PopupProps) {
  const t = useMessages();
  const language = useLanguage();
  const count = useLiveQuery(() => db.courses.count(), [db]);
  const [capture, setCapture] = useState<TabCapture | null | undefined>(undefined);
  const countValue = count.status === 'ready' ? count.value : undefined;

  // Ask again whenever the library changes: the page may still be capturing.
  useEffect(() => {
    loadTabCapture().then(setCapture, () => setCapture(null));
  }, [loadTabCapture, countValue]);

  const ids = capture?.ids ?? [];
  const courses = useLiveQuery(
    async () => (await db.courses.bulkGet(ids.slice(0, 50))).filter((c): c is Course => c !== undefined),
    [db, ids.join('\n')],
  );

  if (count.status === 'error') {
    return (
      <EmptyState title={t.error}>
        <p>{count.error.message}</p>
      </EmptyState>
    );
  }
  if (count.status === 'loading' || capture === undefined) return <p class="loading">{t.loading}</p>;

  return (
    <>
      {count.value === 0 ? (
        <EmptyState title={t.emptyTitle}>
          <p>{t.emptyBody}</p>
        </EmptyState>
      ) : ids.length === 0 ? (
        <EmptyState title={t.nothingHere}>
          <p>{t.nothingHereHint}</p>
        </EmptyState>
      ) : (
        <section aria-labelledby="this-page">
          <h1 id="this-page" class="section-title">
            {ids.length === 1 ? t.thisPage : t.capturedOnPage(formatCount(ids.length, language))}
          </h1>
          {courses.status === 'ready' &&
            courses.value.map((course) => <CourseCard key={course.id} course={course} />)}
          {capture?.report && (
            <p class="report">
              {t.foundBy}: {capture.report.methods.join(', ')} · {t.fields}:{' '}
              {capture.report.fields.map((field) => t.fieldNames[field] ?? field).join(', ')}
            </p>
          )}
        </section>
      )}
      <footer class="popup-footer">
        <span data-testid="library-count">{t.libraryCount(formatCount(count.value, language))}</span>
        <button type="button" onClick={openDashboard}>
          {t.openDashboard}
        </button>
      </footer>
    </>
  );
}
