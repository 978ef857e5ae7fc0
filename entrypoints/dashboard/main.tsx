// First: zod must be told before any schema exists (utils/zod-jitless.ts).
import '@/utils/zod-jitless';
import { render } from 'preact';
import { Dashboard } from '@/components/dashboard/Dashboard';
import { AppShell } from '@/components/shell/AppShell';
import '@/components/shell/theme.css';
import { getDb } from '@/utils/library/db';
import { relayLibraryChanges } from '@/utils/runtime/library-relay';
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
