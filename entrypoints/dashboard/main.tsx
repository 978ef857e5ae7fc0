import { render } from 'preact';
import { AppShell } from '@/components/AppShell';
import { LibraryTable } from '@/components/LibraryTable';
import '@/components/theme.css';
import { getDb } from '@/utils/db';
import './style.css';

const db = getDb();
render(
  <AppShell db={db}>
    <LibraryTable db={db} />
  </AppShell>,
  document.getElementById('app')!,
);
