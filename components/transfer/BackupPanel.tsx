import { useState } from 'preact/hooks';
import { formatCount, formatDate } from '@/utils/i18n/format';
import { type BackupFile, makeBackup, parseBackup, restoreBackup } from '@/utils/io/backup';
import type { BandinginDb } from '@/utils/library/db';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { datedName, downloadText } from './download';

export async function downloadBackup(db: BandinginDb, stem = 'backup'): Promise<void> {
  downloadText(datedName(stem, 'json'), JSON.stringify(await makeBackup(db)));
}

type RestoreState =
  | { step: 'idle' }
  | { step: 'confirm'; backup: BackupFile }
  | { step: 'working' }
  | { step: 'error'; message: string };

/** Backup of everything, and restore (which saves the current data first). */
export function BackupPanel({ db, toast }: { db: BandinginDb; toast: (m: ToastMessage) => void }) {
  const t = useMessages();
  const language = useLanguage();
  const [state, setState] = useState<RestoreState>({ step: 'idle' });

  const choose = async (file: File | undefined) => {
    if (!file) return;
    try {
      setState({ step: 'confirm', backup: parseBackup(await file.text()) });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
  const restore = async (backup: BackupFile) => {
    setState({ step: 'working' });
    try {
      await restoreBackup(db, backup, async (current) =>
        downloadText(datedName('before-restore', 'json'), JSON.stringify(current)),
      );
      setState({ step: 'idle' });
      toast({ text: t.restored(formatCount(backup.data.courses.length, language)) });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <>
      <div class="panel">
        <h2>{t.backupTitle}</h2>
        <p class="muted">{t.backupBody}</p>
        <button type="button" onClick={() => downloadBackup(db)}>
          {t.backupButton}
        </button>
      </div>
      <div class="panel">
        <h2>{t.restoreTitle}</h2>
        <p class="muted">{t.restoreBody}</p>
        <label class="file-button">
          {t.restoreChoose}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="restore-file"
            onChange={(event) => {
              void choose(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
        {state.step === 'confirm' && (
          <div class="confirm" role="alertdialog" aria-labelledby="restore-question">
            <p id="restore-question">
              {t.restoreConfirm(
                formatCount(state.backup.data.courses.length, language),
                formatDate(Date.parse(state.backup.exportedAt), language),
              )}
            </p>
            <button type="button" onClick={() => restore(state.backup)}>
              {t.restoreButton}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
              {t.cancel}
            </button>
          </div>
        )}
        {state.step === 'working' && <p role="status">{t.working}</p>}
        {state.step === 'error' && (
          <p class="error" role="alert">
            {state.message}
          </p>
        )}
      </div>
    </>
  );
}
