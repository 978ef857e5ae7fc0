import { describe, expect, it } from 'vitest';
import { ImportCancelled, ImportCheckFailed } from '@/utils/io/catalogue-import';
import {
  failureError,
  failureReply,
  ImportReply,
  ImportRequest,
  requestOptions,
} from '@/utils/io/import-protocol';
import { RecordsError } from '@/utils/io/records';

/** A reply as the page receives it: structured-cloned, then parsed. */
const across = (reply: ImportReply) => ImportReply.parse(structuredClone(reply));

describe('import worker protocol', () => {
  it('brings a failed check back as the same error, every bad row named', () => {
    const thrown = new ImportCheckFailed([
      new RecordsError('no title', 'k.csv', 3),
      new RecordsError('bad url', 'k.csv', 9),
    ]);
    const reply = across(failureReply(thrown));
    if (reply.type !== 'failed') throw new Error('expected a failure');
    const error = failureError(reply);
    expect(error).toBeInstanceOf(ImportCheckFailed);
    expect((error as ImportCheckFailed).errors.map((row) => [row.message, row.row])).toEqual([
      ['k.csv: row 3: no title', 3],
      ['k.csv: row 9: bad url', 9],
    ]);
  });

  it('keeps a cancel a cancel, and any other failure its message', () => {
    const cancelled = across(failureReply(new ImportCancelled('import cancelled')));
    const other = across(failureReply(new Error('QuotaExceededError: the disk is full')));
    if (cancelled.type !== 'failed' || other.type !== 'failed') throw new Error('expected failures');
    expect(failureError(cancelled)).toBeInstanceOf(ImportCancelled);
    expect(failureError(other).message).toBe('QuotaExceededError: the disk is full');
  });

  it('refuses what is not a request, and carries the choices of one', () => {
    expect(ImportRequest.safeParse({ type: 'import', text: 'x' }).success).toBe(false);
    expect(ImportRequest.safeParse({ type: 'delete-everything' }).success).toBe(false);
    const request = ImportRequest.parse({
      type: 'import',
      dbName: 'bandingin',
      text: 'title\nExcel',
      fileName: 'k.csv',
      columns: { title: 'title' },
      site: 'lpk',
      side: 'prakerja',
    });
    if (request.type !== 'import') throw new Error('expected an import');
    expect(requestOptions(request)).toMatchObject({
      columns: { title: 'title' },
      site: 'lpk',
      side: 'prakerja',
    });
  });
});
