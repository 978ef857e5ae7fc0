import { useState } from 'preact/hooks';
import { compareLibrary } from '@/utils/compare/library-compare';
import { formatCount } from '@/utils/i18n/format';
import { comparisonRows, comparisonsCsv, comparisonsJson } from '@/utils/io/comparisons';
import { type ExportFormat, type ExportKind, exportRows, renderExport } from '@/utils/io/library-export';
import type { BandinginDb } from '@/utils/library/db';
import { DEFAULT_THRESHOLDS } from '@/utils/match/compare';
import type { Settings } from '@/utils/model';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { datedName, downloadText } from './download';

const MIME: Record<ExportFormat, string> = { csv: 'text/csv', json: 'application/json' };

/** Downloads: comparisons first (what researchers come for), then the raw tables. */
export function ExportPanel({
  db,
  settings,
  toast,
}: {
  db: BandinginDb;
  settings: Settings;
  toast: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  const language = useLanguage();
  const [minScore, setMinScore] = useState(DEFAULT_THRESHOLDS.equivalent);
  const [progress, setProgress] = useState<string | undefined>();

  const exportComparisons = async (format: ExportFormat) => {
    setProgress(t.comparing('0', '…'));
    try {
      const comparisons = await compareLibrary(db, {
        minScore,
        onProgress: (done, total) =>
          setProgress(t.comparing(formatCount(done, language), formatCount(total, language))),
      });
      if (comparisons.length === 0) {
        toast({ text: t.nothingToCompare });
        return;
      }
      const text =
        format === 'csv'
          ? comparisonsCsv(comparisons, settings.rates)
          : comparisonsJson(comparisons, settings.rates, {
              exportedAt: new Date().toISOString(),
              generator: 'Bandingin dashboard',
              minScore,
            });
      downloadText(datedName('comparisons', format), text, MIME[format]);
      toast({ text: t.exported(formatCount(comparisonRows(comparisons, settings.rates).length, language)) });
    } finally {
      setProgress(undefined);
    }
  };

  const exportTable = async (kind: ExportKind, format: ExportFormat) => {
    const rows = await exportRows(db, kind, settings);
    downloadText(datedName(kind, format), renderExport(kind, format, rows, settings), MIME[format]);
    toast({ text: t.exported(formatCount(rows.rows.length, language)) });
  };

  const tables: [ExportKind, string][] = [
    ['catalogue', t.exportCatalogue],
    ['price-history', t.exportPriceHistory],
    ['shortlists', t.exportShortlists],
  ];
  return (
    <div class="panel">
      <h2>{t.exportTitle}</h2>
      <p class="muted">{t.exportBody}</p>
      <h3>{t.exportComparisons}</h3>
      <p class="muted">{t.exportComparisonsBody}</p>
      <div class="button-row">
        <label>
          {t.minScore}{' '}
          <select
            value={String(minScore)}
            onChange={(event) => setMinScore(Number(event.currentTarget.value))}
          >
            <option value={String(DEFAULT_THRESHOLDS.equivalent)}>{t.minScoreEquivalent}</option>
            <option value={String(DEFAULT_THRESHOLDS.related)}>{t.minScoreRelated}</option>
          </select>
        </label>
        <button type="button" disabled={progress !== undefined} onClick={() => exportComparisons('csv')}>
          {t.download(t.exportComparisons.toLowerCase(), 'CSV')}
        </button>
        <button
          type="button"
          class="secondary"
          aria-label={t.downloadAs(t.exportComparisons.toLowerCase(), 'JSON')}
          disabled={progress !== undefined}
          onClick={() => exportComparisons('json')}
        >
          JSON
        </button>
      </div>
      {progress && (
        <p role="status" class="muted">
          {progress}
        </p>
      )}
      {tables.map(([kind, label]) => (
        <div class="button-row" key={kind}>
          <button type="button" class="secondary" onClick={() => exportTable(kind, 'csv')}>
            {t.download(label.toLowerCase(), 'CSV')}
          </button>
          <button
            type="button"
            class="secondary"
            aria-label={t.downloadAs(label.toLowerCase(), 'JSON')}
            onClick={() => exportTable(kind, 'json')}
          >
            JSON
          </button>
        </div>
      ))}
    </div>
  );
}
