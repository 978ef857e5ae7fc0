import { render } from 'preact';
import { AppShell } from '@/components/AppShell';
import { Dashboard } from '@/components/Dashboard';
import '@/components/theme.css';
import { getDb } from '@/utils/db';
import './style.css';

const db = getDb();
render(
  <AppShell db={db}>
    {({ settings, update }) => <Dashboard db={db} settings={settings} update={update} />}
  </AppShell>,
  document.getElementById('app')!,
);
