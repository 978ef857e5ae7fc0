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
  labels2: 'match-dev-2/labels.jsonl',
  queries2: 'match-dev-2/queries.jsonl',
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

export function loadLabels(name: 'labels' | 'labels2' = 'labels'): Label[] {
  return readFileSync(sharedPath(name), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line, index) => {
      const parsed = Label.safeParse(JSON.parse(line));
      if (!parsed.success)
        throw new Error(`${SHARED_FILES[name]} line ${index + 1}: ${parsed.error.message}`);
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

/** A labelled dev set: its label rows and the query records they refer to (looked up by id). */
export interface DevSet {
  name: string;
  labels: Label[];
  queries: InputRecord[];
  /** The category a query belongs to (Prakerja category, or the source list's section), for held-out runs. */
  category: (label: Label) => string;
}

/**
 * Both shared dev sets against the same pool: match-dev (Prakerja queries) and match-dev-2 (free
 * Indonesian programming courses). A query is matched by its title (and what its record carries);
 * the match-dev-2 `section` heading is used only to group queries for held-out runs, never to match.
 */
export async function loadDevSets(): Promise<DevSet[]> {
  const dev2Queries = await readRecordsFile(sharedPath('queries2'));
  const sections = new Map(
    readFileSync(sharedPath('queries2'), 'utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => z.object({ id: z.string(), section: z.string().default('') }).parse(JSON.parse(line)))
      .map((row) => [row.id, row.section.split(' / ')[0]!] as const),
  );
  return [
    {
      name: 'match-dev',
      labels: loadLabels('labels'),
      queries: await loadPrakerja(),
      category: (label) => label.query_category ?? 'none',
    },
    {
      name: 'match-dev-2',
      labels: loadLabels('labels2'),
      queries: dev2Queries,
      category: (label) => sections.get(label.query_id) ?? 'none',
    },
  ];
}
