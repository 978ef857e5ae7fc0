import type { BandinginDb } from '@/utils/db';
import type { Settings } from '@/utils/model';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import { useMessages } from './i18n-context';
import type { ToastMessage } from './Toast';

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
