import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/library/db';
import type { Settings } from '@/utils/model';
import { useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { CourseView } from '../library/CourseView';
import { LibraryTable } from '../library/LibraryTable';
import { lastLibraryHash } from '../library/library-hash';
import { PriceKeysRefresh } from '../settings/PriceKeysRefresh';
import { SettingsView } from '../settings/SettingsView';
import { EmptyState } from '../shell/EmptyState';
import { type ToastMessage, useToast } from '../shell/Toast';
import { ShortlistsView } from '../shortlists/ShortlistsView';
import { ImportExportView } from '../transfer/ImportExportView';

const VIEWS = ['library', 'shortlists', 'data', 'settings'] as const;
type View = (typeof VIEWS)[number];

type Route = { view: View } | { view: 'course'; id: string };

/** `#shortlists`, `#library?sort=price` (the library keeps its query after `?`), `#course/<id>`. */
const routeFromHash = (): Route => {
  const route = location.hash.replace(/^#\/?/, '');
  if (route.startsWith('course/')) {
    try {
      return { view: 'course', id: decodeURIComponent(route.slice('course/'.length)) };
    } catch {
      return { view: 'library' };
    }
  }
  const name = route.split('?')[0]!;
  return { view: (VIEWS as readonly string[]).includes(name) ? (name as View) : 'library' };
};

/** The dashboard: one view per tab, the tab in the URL hash so reload and back keep it. */
export function Dashboard({
  db,
  settings,
  update,
}: {
  db: BandinginDb;
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
}) {
  const t = useMessages();
  const [route, setRoute] = useState<Route>(routeFromHash);
  const view = route.view;
  const toast = useToast();
  useEffect(() => {
    const onHash = () => setRoute(routeFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <>
      <nav class="tabs" aria-label="Bandingin">
        {VIEWS.map((name) => (
          <a
            key={name}
            href={`#${name}`}
            aria-current={view === name || (view === 'course' && name === 'library') ? 'page' : undefined}
          >
            {t.nav[name]}
          </a>
        ))}
      </nav>
      <PriceKeysRefresh db={db} rates={settings.rates} />
      {view === 'library' && <LibraryTable db={db} toast={toast.show} />}
      {route.view === 'course' && (
        <CoursePage key={route.id} db={db} id={route.id} settings={settings} toast={toast.show} />
      )}
      {view === 'shortlists' && <ShortlistsView db={db} settings={settings} toast={toast.show} />}
      {view === 'data' && <ImportExportView db={db} settings={settings} toast={toast.show} />}
      {view === 'settings' && <SettingsView db={db} settings={settings} update={update} toast={toast.show} />}
      {toast.view}
    </>
  );
}

/** `#course/<id>`: the course from the library, or a note that it is gone. */
function CoursePage({
  db,
  id,
  settings,
  toast,
}: {
  db: BandinginDb;
  id: string;
  settings: Settings;
  toast: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  const course = useLiveQuery(() => db.courses.get(id), [db, id]);
  return (
    <>
      <p>
        <a href={lastLibraryHash()}>{t.backToLibrary}</a>
      </p>
      {course.status === 'loading' && <p class="loading">{t.loading}</p>}
      {course.status === 'error' && <p class="error">{course.error.message}</p>}
      {course.status === 'ready' && !course.value && <EmptyState title={t.courseNotFound}>{null}</EmptyState>}
      {course.status === 'ready' && course.value && (
        <CourseView db={db} course={course.value} settings={settings} toast={toast} />
      )}
    </>
  );
}
