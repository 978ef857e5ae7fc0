/**
 * Run a catalogue import in a worker (components/transfer/import.worker.ts) where the page can start
 * one, else in the page; either way it resolves, rejects and reports progress as importCatalogue does.
 */
import { type CheckOptions, importCatalogue } from '@/utils/io/catalogue-import';
import { failureError, ImportReply, type ImportRequest } from '@/utils/io/import-protocol';
import type { BandinginDb } from '@/utils/library/db';
import type { Settings } from '@/utils/model';

export interface RunImportOptions extends CheckOptions {
  rates?: Settings['rates'];
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export function runImport(
  db: BandinginDb,
  text: string,
  fileName: string,
  options: RunImportOptions,
): Promise<number> {
  const worker = startWorker();
  if (!worker) return importCatalogue(db, text, fileName, options);
  return new Promise<number>((done, fail) => {
    const finish = () => {
      options.signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    const cancel = () => worker.postMessage({ type: 'cancel' } satisfies ImportRequest);
    options.signal?.addEventListener('abort', cancel);
    let heard = false;
    worker.addEventListener('error', (event) => {
      finish();
      // a worker that never started (no module workers here): the page imports by itself
      if (!heard) importCatalogue(db, text, fileName, options).then(done, fail);
      else fail(new Error(event.message || 'the import worker failed'));
    });
    worker.addEventListener('message', (event: MessageEvent) => {
      heard = true;
      const reply = ImportReply.safeParse(event.data);
      if (!reply.success) return;
      const message = reply.data;
      if (message.type === 'progress') return options.onProgress?.(message.done, message.total);
      finish();
      if (message.type === 'done') done(message.count);
      else fail(failureError(message));
    });
    const request: ImportRequest = {
      type: 'import',
      dbName: db.name,
      text,
      fileName,
      columns: options.columns as Record<string, string>,
      site: options.site,
      side: options.side,
      rates: options.rates,
    };
    worker.postMessage(request);
  });
}

/** The import worker, or undefined where workers cannot start (unit tests' DOM, a strict policy). */
function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
