/**
 * A catalogue import in its own thread: checking, merging and tokenising 100k rows would hold the
 * dashboard's thread for seconds (and its garbage collector, which a page keeps small, with it). The
 * worker opens the library itself; Dexie tells every other context of its writes.
 */
// First: zod must be told before any schema exists (utils/zod-jitless.ts).
import '@/utils/zod-jitless';
import { importCatalogue } from '@/utils/io/catalogue-import';
import { failureReply, type ImportReply, ImportRequest, requestOptions } from '@/utils/io/import-protocol';
import { BandinginDb } from '@/utils/library/db';

const reply = (message: ImportReply) => postMessage(message);
let running: AbortController | undefined;

addEventListener('message', async (event: MessageEvent) => {
  const request = ImportRequest.safeParse(event.data);
  if (!request.success) return reply({ type: 'failed', kind: 'error', message: 'not an import request' });
  if (request.data.type === 'cancel') return running?.abort();
  if (running) return reply({ type: 'failed', kind: 'error', message: 'an import is already running' });
  running = new AbortController();
  const db = new BandinginDb(request.data.dbName);
  try {
    const count = await importCatalogue(db, request.data.text, request.data.fileName, {
      ...requestOptions(request.data),
      signal: running.signal,
      onProgress: (done, total) => reply({ type: 'progress', done, total }),
    });
    reply({ type: 'done', count });
  } catch (error) {
    reply(failureReply(error));
  } finally {
    running = undefined;
    db.close();
  }
});
