import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/db';
import type { Settings } from '@/utils/model';
import { ImportExportView } from './ImportExportView';
import { useMessages } from './i18n-context';
import { LibraryTable } from './LibraryTable';
import { SettingsView } from './SettingsView';
import { ShortlistsView } from './ShortlistsView';
import { useToast } from './Toast';

const VIEWS = ['library', 'shortlists', 'data', 'settings'] as const;
type View = (typeof VIEWS)[number];

const viewFromHash = (): View => {
  const name = location.hash.replace(/^#\/?/, '');
  return (VIEWS as readonly string[]).includes(name) ? (name as View) : 'library';
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
  const [view, setView] = useState<View>(viewFromHash);
  const toast = useToast();
  useEffect(() => {
    const onHash = () => setView(viewFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  return (
    <>
      <nav class="tabs" aria-label="Bandingin">
        {VIEWS.map((name) => (
          <a key={name} href={`#${name}`} aria-current={view === name ? 'page' : undefined}>
            {t.nav[name]}
          </a>
        ))}
      </nav>
      {view === 'library' && <LibraryTable db={db} toast={toast.show} />}
      {view === 'shortlists' && <ShortlistsView db={db} settings={settings} toast={toast.show} />}
      {view === 'data' && <ImportExportView db={db} settings={settings} toast={toast.show} />}
      {view === 'settings' && <SettingsView db={db} settings={settings} update={update} toast={toast.show} />}
      {toast.view}
    </>
  );
}
