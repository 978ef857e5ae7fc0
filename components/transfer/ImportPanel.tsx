import { useMemo, useRef, useState } from 'preact/hooks';
import { formatCount, formatMoney } from '@/utils/i18n/format';
import {
  checkImport,
  ImportCancelled,
  type ImportCheck,
  ImportCheckFailed,
  planImport,
} from '@/utils/io/catalogue-import';
import { COLUMN_NAMES, type ColumnMap, type Field, siteFromFile } from '@/utils/io/records';
import type { BandinginDb } from '@/utils/library/db';
import type { Settings, Side } from '@/utils/model';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import type { ToastMessage } from '../shell/Toast';
import { runImport } from './run-import';

type Step =
  | { step: 'idle' }
  | { step: 'mapping'; file: string; text: string; header: string[] }
  | { step: 'importing'; done: number; total: number }
  | { step: 'error'; message: string };

const FIELDS = Object.keys(COLUMN_NAMES) as Field[];
const PREVIEW_ROWS = 5;

/** Import another site's catalogue: choose a file, map columns, preview, check, import with progress. */
export function ImportPanel({
  db,
  toast,
  rates,
}: {
  db: BandinginDb;
  toast: (message: ToastMessage) => void;
  rates?: Settings['rates'];
}) {
  const t = useMessages();
  const language = useLanguage();
  const [state, setState] = useState<Step>({ step: 'idle' });
  const [columns, setColumns] = useState<ColumnMap>({});
  const [site, setSite] = useState('');
  const [side, setSide] = useState<Side>('alternative');
  const [check, setCheck] = useState<ImportCheck | undefined>();
  const abort = useRef<AbortController | undefined>(undefined);
  const count = (n: number) => formatCount(n, language);

  const choose = async (file: File | undefined) => {
    setCheck(undefined);
    if (!file) return;
    try {
      const text = await file.text();
      const plan = planImport(text, file.name);
      setColumns(plan.columns);
      setSite(siteFromFile(file.name));
      setState({ step: 'mapping', file: file.name, text, header: plan.header });
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const validate = (mapping: ColumnMap = columns) => {
    if (state.step !== 'mapping') return undefined;
    try {
      const result = checkImport(state.text, state.file, { columns: mapping, site: site || 'import', side });
      setCheck(result);
      return result;
    } catch (error) {
      setState({ step: 'error', message: error instanceof Error ? error.message : String(error) });
      return undefined;
    }
  };

  // Checks and writes in one pass (utils/io/catalogue-import.ts): a bad row rolls it all back and
  // comes back here, named, as the check alone would have shown it.
  const run = async () => {
    if (state.step !== 'mapping') return;
    const mapping = state;
    abort.current = new AbortController();
    setState({ step: 'importing', done: 0, total: check?.courses.length ?? 0 });
    try {
      const imported = await runImport(db, mapping.text, mapping.file, {
        columns,
        site: site || 'import',
        side,
        signal: abort.current.signal,
        rates,
        onProgress: (done, total) => setState({ step: 'importing', done, total }),
      });
      toast({ text: t.importDone(count(imported)) });
      setState({ step: 'idle' });
      setCheck(undefined);
    } catch (error) {
      if (error instanceof ImportCheckFailed) {
        setState(mapping);
        setCheck({ courses: [], errors: error.errors });
        return;
      }
      const message =
        error instanceof ImportCancelled
          ? t.importCancelled
          : t.importFailed(error instanceof Error ? error.message : String(error));
      setState({ step: 'error', message });
      setCheck(undefined);
    }
  };

  return (
    <div class="panel">
      <h2>{t.importTitle}</h2>
      <p class="muted">{t.importBody}</p>
      {state.step !== 'importing' && (
        <label class="file-button">
          {t.importChoose}
          <input
            type="file"
            accept=".csv,.json,.jsonl,.ndjson,text/csv,application/json"
            data-testid="import-file"
            onChange={(event) => {
              void choose(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
      )}
      {state.step === 'mapping' && (
        <form
          class="import-mapping"
          onSubmit={(event) => {
            event.preventDefault();
            void run();
          }}
        >
          <fieldset>
            <legend>{t.importMapping}</legend>
            <div class="mapping-grid">
              {FIELDS.map((field) => (
                <label key={field}>
                  {t.importField[field] ?? field}
                  <select
                    value={columns[field] ?? ''}
                    onChange={(event) => {
                      const next = { ...columns, [field]: event.currentTarget.value || undefined };
                      setColumns(next);
                      if (check) validate(next);
                    }}
                  >
                    <option value="">{t.importNone}</option>
                    {state.header.map((name) => (
                      <option key={name} value={name}>
                        {name || '(#)'}
                      </option>
                    ))}
                  </select>
                </label>
              ))}
            </div>
            <div class="mapping-grid">
              <label>
                {t.importSite}
                <input
                  value={site}
                  maxLength={60}
                  onInput={(event) =>
                    setSite(event.currentTarget.value.toLowerCase().replace(/[^a-z0-9.-]/g, ''))
                  }
                />
              </label>
              <label>
                {t.importSide}
                <select value={side} onChange={(event) => setSide(event.currentTarget.value as Side)}>
                  <option value="alternative">{t.alternative}</option>
                  <option value="prakerja">{t.prakerja}</option>
                </select>
              </label>
            </div>
          </fieldset>
          <Preview text={state.text} file={state.file} columns={columns} site={site} side={side} />
          {check && check.errors.length > 0 && (
            <div role="alert" class="error-report">
              <p>{t.importErrors(count(check.errors.length))}</p>
              <ul>
                {check.errors.slice(0, 50).map((error) => (
                  <li key={`${error.row}-${error.reason}`}>
                    {t.row} {(error.row ?? 0) + 1}: {error.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <button type="submit" disabled={!columns.title}>
            {check && check.errors.length === 0 ? t.importButton(count(check.courses.length)) : t.importStart}
          </button>{' '}
          <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
            {t.cancel}
          </button>
        </form>
      )}
      {state.step === 'importing' && (
        <div role="status">
          <p>{t.importProgress(count(state.done), count(state.total))}</p>
          <progress max={state.total} value={state.done} />{' '}
          <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
            {t.cancel}
          </button>
        </div>
      )}
      {state.step === 'error' && (
        <p class="error" role="alert">
          {state.message}
        </p>
      )}
    </div>
  );
}

/** The first rows as they will be imported, so a wrong mapping shows before anything is written. */
function Preview(props: { text: string; file: string; columns: ColumnMap; site: string; side: Side }) {
  const t = useMessages();
  const language = useLanguage();
  const { text, file, columns, site, side } = props;
  const rows = useMemo(() => {
    if (!columns.title) return [];
    // CSV and JSONL: only the first lines are read; a JSON array has to be parsed whole.
    const isArray = text.trimStart().startsWith('[');
    const head = isArray
      ? text
      : text
          .split(/\r?\n/)
          .slice(0, PREVIEW_ROWS + 1)
          .join('\n');
    try {
      return checkImport(head, file, { columns, site: site || 'import', side }).courses.slice(
        0,
        PREVIEW_ROWS,
      );
    } catch {
      return [];
    }
  }, [text, file, columns, site, side]);
  if (rows.length === 0) return null;
  return (
    <table class="preview">
      <caption>{t.importPreview(formatCount(rows.length, language))}</caption>
      <thead>
        <tr>
          <th scope="col">{t.title}</th>
          <th scope="col">{t.price}</th>
          <th scope="col">{t.provider}</th>
          <th scope="col">{t.site}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((course) => (
          <tr key={course.key}>
            <td>{course.title}</td>
            <td>{course.price ? formatMoney(course.price, language) : '–'}</td>
            <td>{course.provider ?? '–'}</td>
            <td>{course.site}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
