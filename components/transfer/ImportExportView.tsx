import type { BandinginDb } from '@/utils/library/db';
import type { Settings } from '@/utils/model';
import { useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

export function ImportExportView(props: {
  db: BandinginDb;
  settings: Settings;
  toast: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  return (
    <section aria-labelledby="data-title">
      <h1 id="data-title">{t.nav.data}</h1>
      <ExportPanel {...props} />
      <ImportPanel db={props.db} toast={props.toast} rates={props.settings.rates} />
      <BackupPanel db={props.db} toast={props.toast} />
    </section>
  );
}
