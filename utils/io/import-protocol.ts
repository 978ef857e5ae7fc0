/**
 * The messages between the dashboard and the worker that runs a catalogue import
 * (components/transfer/import.worker.ts): the file and the user's choices one way, progress and the
 * outcome the other. Both sides parse what they receive.
 */
import { z } from 'zod';
import { LIMITS } from '../limits';
import { Settings, Side } from '../model';
import { type CheckOptions, ImportCancelled, ImportCheckFailed } from './catalogue-import';
import { type ColumnMap, RecordsError } from './records';

export const ImportRequest = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('import'),
    dbName: z.string().min(1).max(100),
    text: z.string(),
    fileName: z.string().max(1000),
    columns: z.record(z.string(), z.string()),
    site: z.string().max(64),
    side: Side,
    rates: Settings.shape.rates.optional(),
  }),
  z.object({ type: z.literal('cancel') }),
]);
export type ImportRequest = z.infer<typeof ImportRequest>;

const RowError = z.object({ reason: z.string(), file: z.string(), row: z.number().int().optional() });

export const ImportReply = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), done: z.number(), total: z.number() }),
  z.object({ type: z.literal('done'), count: z.number().int().nonnegative() }),
  z.object({
    type: z.literal('failed'),
    kind: z.enum(['check', 'cancelled', 'error']),
    message: z.string().max(LIMITS.description),
    errors: z.array(RowError).optional(),
  }),
]);
export type ImportReply = z.infer<typeof ImportReply>;

/** The reply for an import that threw. */
export function failureReply(error: unknown): ImportReply {
  if (error instanceof ImportCheckFailed)
    return {
      type: 'failed',
      kind: 'check',
      message: error.message,
      errors: error.errors.map(({ reason, file, row }) => ({ reason, file, row })),
    };
  const message = (error instanceof Error ? error.message : String(error)).slice(0, LIMITS.description);
  return { type: 'failed', kind: error instanceof ImportCancelled ? 'cancelled' : 'error', message };
}

/** The error a failed reply stands for, as the import itself would have thrown it. */
export function failureError(reply: Extract<ImportReply, { type: 'failed' }>): Error {
  if (reply.kind === 'check')
    return new ImportCheckFailed(
      (reply.errors ?? []).map(({ reason, file, row }) => new RecordsError(reason, file, row)),
    );
  if (reply.kind === 'cancelled') return new ImportCancelled(reply.message);
  return new Error(reply.message);
}

/** The options a request carries, as importCatalogue takes them. */
export function requestOptions(request: Extract<ImportRequest, { type: 'import' }>): CheckOptions & {
  rates?: Settings['rates'];
} {
  return {
    columns: request.columns as ColumnMap,
    site: request.site,
    side: request.side,
    rates: request.rates,
  };
}
