/** Read a course-records file from disk for the Node scripts: strict UTF-8, then utils/io/records. */
import { readFile } from 'node:fs/promises';
import { type InputRecord, parseRecords, type ReadOptions, RecordsError } from '../../utils/io/records';
import { decodeUtf8Strict, Utf8Error } from '../../utils/io/utf8';

/**
 * Reads a file of course records. Throws a `RecordsError` naming the file and row on bad input, or
 * the byte offset when the file is not UTF-8.
 */
export async function readRecordsFile(file: string, options: ReadOptions = {}): Promise<InputRecord[]> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw new RecordsError(`cannot read: ${(error as Error).message}`, file);
  }
  let content: string;
  try {
    content = decodeUtf8Strict(bytes);
  } catch (error) {
    if (error instanceof Utf8Error) throw new RecordsError(error.message, file);
    throw error;
  }
  return parseRecords(content, file, options);
}
