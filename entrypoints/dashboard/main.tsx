import { render } from 'preact';
import { AppShell } from '@/components/AppShell';
import { Dashboard } from '@/components/Dashboard';
import '@/components/theme.css';
import { getDb } from '@/utils/db';
import { relayLibraryChanges } from '@/utils/library-relay';
import './style.css';

const db = getDb();
// Open pages' badges catch up with what is changed here (imports, verdicts, settings).
relayLibraryChanges(db.name);
render(
  <AppShell db={db}>
    {({ settings, update }) => <Dashboard db={db} settings={settings} update={update} />}
  </AppShell>,
  document.getElementById('app')!,
);
