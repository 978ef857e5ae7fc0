/**
 * Where the shared datasets live and how to load the labelled dev set. The datasets are read in place:
 * `../shared/data` from the repository root, or the directory in BANDINGIN_SHARED_DATA.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { InputRecord } from '../../utils/io/records';
import { readRecordsFile } from './read-records';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function sharedDataDir(): string {
  return process.env.BANDINGIN_SHARED_DATA
    ? resolve(process.env.BANDINGIN_SHARED_DATA)
    : resolve(ROOT, '../shared/data');
}

export const SHARED_FILES = {
  prakerja: 'prakerja-skillweek/course.json',
  udemy: 'udemy-kaggle/udemy_courses.csv',
  coursera: 'coursera-kaggle-2020/coursera_data.csv',
  labels: 'match-dev/labels.jsonl',
} as const;

export function sharedPath(name: keyof typeof SHARED_FILES): string {
  return join(sharedDataDir(), SHARED_FILES[name]);
}

/** Why the shared data cannot be used, or undefined when it can. */
export function sharedDataMissing(): string | undefined {
  for (const name of Object.keys(SHARED_FILES) as Array<keyof typeof SHARED_FILES>) {
    if (!existsSync(sharedPath(name)))
      return `shared dataset not found: ${sharedPath(name)} (set BANDINGIN_SHARED_DATA)`;
  }
  return undefined;
}

export const Label = z.object({
  query_id: z.string(),
  query_title: z.string(),
  query_category: z.string().optional(),
  equivalent: z.array(z.string()),
  related: z.array(z.string()),
  note: z.string().optional(),
});
export type Label = z.infer<typeof Label>;

export function loadLabels(): Label[] {
  return readFileSync(sharedPath('labels'), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = Label.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`labels.jsonl line ${index + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** The dev pool (Udemy + Coursera) with the ids the labels use. */
export async function loadPool(): Promise<InputRecord[]> {
  const udemy = await readRecordsFile(sharedPath('udemy'), { site: 'udemy' });
  const coursera = await readRecordsFile(sharedPath('coursera'), { site: 'coursera' });
  return [...udemy, ...coursera];
}

/** The Prakerja courses, id `prakerja:<0-based row>`. */
export async function loadPrakerja(): Promise<InputRecord[]> {
  return readRecordsFile(sharedPath('prakerja'), { site: 'prakerja', bareCurrency: 'IDR' });
}
