import { useEffect, useState } from 'preact/hooks';
import { formatCount } from '@/utils/i18n/format';
import { libraryCount } from '@/utils/library/count';
import type { BandinginDb } from '@/utils/library/db';
import type { Course, Settings } from '@/utils/model';
import type { TabCapture } from '@/utils/runtime/messaging';
import { CourseComparison } from '../comparison/CourseComparison';
import { PriceHistory } from '../comparison/PriceHistory';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { EmptyState } from '../shell/EmptyState';
import { useToast } from '../shell/Toast';
import { CourseCard } from './CourseCard';

export interface PopupProps {
  db: BandinginDb;
  settings: Settings;
  /** Asks the background what the current tab showed; undefined when there is no tab. */
  loadTabCapture: () => Promise<TabCapture | null>;
  openDashboard: () => void;
  /** What the background already read for this tab, shown until the live reads arrive. */
  initial?: { capture: TabCapture | null; courses: Course[] };
}

/** The popup: the current tab's course compared with the other side, or the page's courses, or how to start. */
export function Popup({ db, settings, loadTabCapture, openDashboard, initial }: PopupProps) {
  const t = useMessages();
  const language = useLanguage();
  const toast = useToast();
  const [capture, setCapture] = useState<TabCapture | null | undefined>(initial?.capture);
  const [chosen, setChosen] = useState<string | undefined>();

  const ids = capture?.ids ?? [];
  const courses = useLiveQuery(
    async () => (await db.courses.bulkGet(ids.slice(0, 50))).filter((c): c is Course => c !== undefined),
    [db, ids.join('\n')],
  );
  // Counting 100k courses takes IndexedDB a while and would queue ahead of the tab's course:
  // count only once that course is on screen.
  const cardShown = capture !== undefined && (courses.status !== 'loading' || initial !== undefined);
  const count = useLiveQuery<number | undefined>(
    () => (cardShown ? libraryCount(db) : undefined),
    [db, cardShown],
  );
  const countValue = count.status === 'ready' ? count.value : undefined;

  // Ask again whenever the library changes: the page may still be capturing.
  useEffect(() => {
    loadTabCapture().then(setCapture, () => setCapture(null));
  }, [loadTabCapture, countValue]);

  if (count.status === 'error') {
    return (
      <EmptyState title={t.error}>
        <p>{count.error.message}</p>
      </EmptyState>
    );
  }
  // The tab's course is shown as soon as it is read; counting 100k courses must not hold it up.
  const list = courses.status === 'ready' ? courses.value : (initial?.courses ?? []);
  if (
    capture === undefined ||
    (ids.length === 0 && countValue === undefined) ||
    (ids.length > 0 && list.length === 0 && courses.status === 'loading')
  ) {
    return <p class="loading">{t.loading}</p>;
  }
  const focused = list.length === 1 ? list[0] : list.find((course) => course.id === chosen);

  return (
    <>
      {countValue === 0 ? (
        <EmptyState title={t.emptyTitle}>
          <p>{t.emptyBody}</p>
        </EmptyState>
      ) : ids.length === 0 ? (
        <EmptyState title={t.nothingHere}>
          <p>{t.nothingHereHint}</p>
        </EmptyState>
      ) : focused ? (
        <section aria-labelledby="this-page">
          {list.length > 1 && (
            <button type="button" class="link" onClick={() => setChosen(undefined)}>
              ← {t.back}
            </button>
          )}
          <h1 id="this-page" class="section-title">
            {t.thisPage}
          </h1>
          <CourseCard course={focused} settings={settings} />
          <PriceHistory db={db} courseId={focused.id} />
          <CourseComparison db={db} course={focused} settings={settings} toast={toast.show} />
        </section>
      ) : (
        <section aria-labelledby="this-page">
          <h1 id="this-page" class="section-title">
            {t.capturedOnPage(formatCount(ids.length, language))}
          </h1>
          {list.map((course) => (
            <div key={course.id} class="page-course">
              <CourseCard course={course} />
              <button type="button" class="secondary" onClick={() => setChosen(course.id)}>
                {t.compareThis}
              </button>
            </div>
          ))}
        </section>
      )}
      {capture?.report && ids.length > 0 && (
        <p class="report">
          {t.foundBy}: {capture.report.methods.join(', ')} · {t.fields}:{' '}
          {capture.report.fields.map((field) => t.fieldNames[field] ?? field).join(', ')}
        </p>
      )}
      <footer class="popup-footer">
        <span data-testid="library-count">
          {countValue !== undefined ? t.libraryCount(formatCount(countValue, language)) : t.loading}
        </span>
        <button type="button" onClick={openDashboard}>
          {t.openDashboard}
        </button>
      </footer>
      {toast.view}
    </>
  );
}
