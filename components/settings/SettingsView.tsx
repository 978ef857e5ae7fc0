import { useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/library/db';
import type { CurrencyRate, Settings } from '@/utils/model';
import { useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { downloadBackup } from '../transfer/BackupPanel';
import { SiteToggles } from './SiteToggles';

interface Props {
  db: BandinginDb;
  settings: Settings;
  update: (change: Partial<Settings>) => Promise<void>;
  toast: (message: ToastMessage) => void;
}

export function SettingsView({ db, settings, update, toast }: Props) {
  const t = useMessages();
  const [confirming, setConfirming] = useState(false);
  const saved = () => toast({ text: t.saved });

  const setRate = (currency: string, change: Partial<CurrencyRate>) => {
    const current = settings.rates[currency];
    if (!current) return;
    void update({ rates: { ...settings.rates, [currency]: { ...current, ...change } } }).then(saved);
  };

  const clearAll = async () => {
    await db.transaction('rw', db.tables, () => Promise.all(db.tables.map((table) => table.clear())));
    setConfirming(false);
    toast({ text: t.cleared });
  };

  return (
    <section aria-labelledby="settings-title">
      <h1 id="settings-title">{t.settingsTitle}</h1>
      <div class="panel">
        <NumberField
          label={t.balanceLabel}
          value={settings.balance}
          onCommit={(balance) => void update({ balance: Math.round(balance) }).then(saved)}
        />
      </div>
      <div class="panel">
        <h2>{t.ratesTitle}</h2>
        {Object.entries(settings.rates).map(([currency, rate]) => (
          <div class="rate-row" key={currency}>
            <NumberField
              label={t.rateLabel(currency)}
              value={rate.idr}
              onCommit={(idr) => idr > 0 && setRate(currency, { idr })}
            />
            <label>
              {t.rateDate}
              <input
                type="date"
                value={rate.date}
                onChange={(event) =>
                  event.currentTarget.value && setRate(currency, { date: event.currentTarget.value })
                }
              />
            </label>
          </div>
        ))}
      </div>
      <div class="panel">
        <h2>{t.sitesTitle}</h2>
        <p class="muted">{t.sitesBody}</p>
        <SiteToggles
          disabledSites={settings.disabledSites}
          save={(disabledSites) => update({ disabledSites }).then(saved)}
        />
      </div>
      <div class="panel danger-zone">
        <h2>{t.clearTitle}</h2>
        <p class="muted">{t.clearBody}</p>
        {confirming ? (
          <div class="confirm" role="alertdialog" aria-labelledby="clear-question">
            <p id="clear-question">{t.clearConfirm}</p>
            <button type="button" class="secondary" onClick={() => downloadBackup(db)}>
              {t.clearExportFirst}
            </button>{' '}
            <button type="button" class="danger" onClick={clearAll}>
              {t.clearNow}
            </button>{' '}
            <button type="button" class="secondary" onClick={() => setConfirming(false)}>
              {t.cancel}
            </button>
          </div>
        ) : (
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t.clearButton}
          </button>
        )}
      </div>
    </section>
  );
}

/** A number input that commits on blur or Enter, and says so when the text is not a number. */
function NumberField({
  label,
  value,
  onCommit,
}: {
  label: string;
  value: number;
  onCommit: (value: number) => void;
}) {
  const t = useMessages();
  const [error, setError] = useState(false);
  const commit = (text: string) => {
    const number = Number(text.replace(/\./g, '').replace(',', '.'));
    const valid = text.trim() !== '' && Number.isFinite(number) && number >= 0;
    setError(!valid);
    if (valid && number !== value) onCommit(number);
  };
  return (
    <label class="number-field">
      {label}
      <input
        inputMode="decimal"
        defaultValue={String(value)}
        aria-invalid={error}
        onBlur={(event) => commit(event.currentTarget.value)}
        onKeyDown={(event) => event.key === 'Enter' && commit(event.currentTarget.value)}
      />
      {error && <span class="error">{t.invalidNumber}</span>}
    </label>
  );
}
