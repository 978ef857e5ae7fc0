/** Read a course-records file from disk for the Node scripts. */
import { readFile } from 'node:fs/promises';
import { type InputRecord, parseRecords, type ReadOptions, RecordsError } from '../../utils/io/records';

/** Reads a file of course records. Throws a `RecordsError` naming the file and row on bad input. */
export async function readRecordsFile(file: string, options: ReadOptions = {}): Promise<InputRecord[]> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new RecordsError(`cannot read: ${(error as Error).message}`, file);
  }
  return parseRecords(content, file, options);
}
