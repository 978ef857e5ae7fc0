/**
 * The library table's columns by course ordinal (schema v7), pure (no Dexie): what a course sorts
 * and filters by (newest, rupiah price, hours, folded title, site, mode), one record per block of
 * ordinals. Four compound indexes on the courses table used to do this job, at the price of four
 * index rows per course on every write (an import of 100k rows wrote 400k more); a block is written
 * once per chunk instead, and a reader keeps them all in typed arrays (a 100k library is about 25
 * records, 5 MB), so a sort is an in-memory sort and a filter a scan.
 */
import { UNKNOWN_KEY } from '../course-keys';
import type { Course } from '../model';
import { ORDINAL_BLOCK } from './postings';

/** One block of ordinals' columns; an ordinal never written reads as unknown. */
export interface ColumnBlock {
  block: number;
  lastSeen: Float64Array;
  price: Float64Array;
  hours: Float64Array;
  titles: string[];
  /** Site names of this block; `site[i]` is an index into them. */
  sites: string[];
  site: Uint16Array;
  /** Modes of this block; `mode[i]` is one more than an index into them, 0 when unknown. */
  modes: string[];
  mode: Uint8Array;
}

/** A course's values as the library sorts and filters by them. */
export interface ColumnValues {
  lastSeen: number;
  price: number;
  hours: number;
  title: string;
  site: string;
  mode?: string;
}

/** The values of a stored course (its derived sort keys; utils/course-keys.ts). */
export function columnValues(course: Course): ColumnValues {
  return {
    lastSeen: course.lastSeen,
    price: course.sortPrice ?? UNKNOWN_KEY,
    hours: course.sortHours ?? UNKNOWN_KEY,
    title: course.sortTitle ?? course.title.toLowerCase(),
    site: course.site,
    mode: course.mode,
  };
}

function emptyBlock(block: number): ColumnBlock {
  return {
    block,
    lastSeen: new Float64Array(ORDINAL_BLOCK),
    price: new Float64Array(ORDINAL_BLOCK).fill(UNKNOWN_KEY),
    hours: new Float64Array(ORDINAL_BLOCK).fill(UNKNOWN_KEY),
    titles: [],
    sites: [],
    site: new Uint16Array(ORDINAL_BLOCK),
    modes: [],
    mode: new Uint8Array(ORDINAL_BLOCK),
  };
}

/** Index of `name` in a block's dictionary, added when new. */
function code(names: string[], name: string): number {
  const at = names.indexOf(name);
  if (at >= 0) return at;
  names.push(name);
  return names.length - 1;
}

/**
 * Set courses' values in their blocks (`blocks` holds the stored ones; new blocks are made as
 * needed). Returns the blocks changed, to be written.
 */
export function writeColumns(
  blocks: Map<number, ColumnBlock>,
  entries: readonly { ord: number; values: ColumnValues }[],
): ColumnBlock[] {
  const changed = new Map<number, ColumnBlock>();
  for (const { ord, values } of entries) {
    const number = Math.floor(ord / ORDINAL_BLOCK);
    let block = changed.get(number) ?? blocks.get(number);
    if (!block) {
      block = emptyBlock(number);
      blocks.set(number, block);
    }
    changed.set(number, block);
    const i = ord % ORDINAL_BLOCK;
    block.lastSeen[i] = values.lastSeen;
    block.price[i] = values.price;
    block.hours[i] = values.hours;
    while (block.titles.length < i) block.titles.push('');
    block.titles[i] = values.title;
    block.site[i] = code(block.sites, values.site);
    block.mode[i] = values.mode === undefined ? 0 : code(block.modes, values.mode) + 1;
  }
  return [...changed.values()];
}

/**
 * Every block's values in flat arrays by ordinal, for sorting and scanning in memory. Site and mode
 * codes are library-wide here: one more than an index into the names, 0 when unknown.
 */
export type FlatColumns = Omit<ColumnBlock, 'block' | 'mode'> & { mode: Uint16Array };

export function flattenColumns(blocks: Iterable<ColumnBlock>, size: number): FlatColumns {
  const flat: FlatColumns = {
    lastSeen: new Float64Array(size),
    price: new Float64Array(size).fill(UNKNOWN_KEY),
    hours: new Float64Array(size).fill(UNKNOWN_KEY),
    titles: new Array<string>(size).fill(''),
    sites: [],
    site: new Uint16Array(size),
    modes: [],
    mode: new Uint16Array(size),
  };
  const siteCodes = new Map<string, number>();
  const modeCodes = new Map<string, number>();
  const global = (codes: Map<string, number>, names: string[], name: string) => {
    let at = codes.get(name);
    if (at === undefined) {
      at = names.length;
      names.push(name);
      codes.set(name, at);
    }
    return at;
  };
  for (const block of blocks) {
    const base = block.block * ORDINAL_BLOCK;
    const count = Math.min(ORDINAL_BLOCK, size - base);
    if (count <= 0) continue;
    flat.lastSeen.set(block.lastSeen.subarray(0, count), base);
    flat.price.set(block.price.subarray(0, count), base);
    flat.hours.set(block.hours.subarray(0, count), base);
    const sites = block.sites.map((name) => global(siteCodes, flat.sites, name) + 1);
    const modes = block.modes.map((name) => global(modeCodes, flat.modes, name) + 1);
    for (let i = 0; i < count; i++) {
      flat.titles[base + i] = block.titles[i] ?? '';
      flat.site[base + i] = block.sites.length ? (sites[block.site[i]!] ?? 0) : 0;
      flat.mode[base + i] = block.mode[i] ? (modes[block.mode[i]! - 1] ?? 0) : 0;
    }
  }
  return flat;
}
