/**
 * The match index's record formats, pure (no Dexie): what a segment's postings and the ordinal map
 * look like, how they are built, read and merged. At 100k courses a token index with one IndexedDB
 * row per token per course costs more than the matching it serves; here a course is a number (its
 * ordinal), a token's postings are a sorted Uint32Array, and the tokens are hashed into a fixed
 * number of blocks, so a segment is a few hundred records however large the library grows, and a
 * query reads only the blocks that hold its own tokens.
 */
import type { Side } from '../model';

/** Token blocks per segment: at 100k courses a block holds about 5k ordinals (20 KB). */
export const TOKEN_BLOCKS = 256;
/** Ordinals per record of the ordinal map. */
export const ORDINAL_BLOCK = 4096;

/** The postings of one segment's tokens that hash into one block. */
export interface PostingBlock {
  seg: number;
  block: number;
  /** Sorted, so a token is found by binary search. */
  tokens: string[];
  /** Token i's ordinals are `ords[offsets[i]] .. ords[offsets[i + 1]]`, ascending. */
  offsets: Uint32Array;
  ords: Uint32Array;
}

/** Ordinals `block * ORDINAL_BLOCK ...`: each one's course id and side (0: no course any more). */
export interface OrdinalBlock {
  block: number;
  /** Course ids joined by "\n" (ids never hold one): one string clones far faster than 4096. */
  ids: string;
  sides: Uint8Array;
}

export const SIDE_CODE: Record<Side, number> = { prakerja: 1, alternative: 2 };
export const DEAD = 0;

/** FNV-1a over UTF-16 units: stable across runs and contexts, which a segment on disk needs. */
export function tokenBlock(token: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) {
    hash ^= token.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % TOKEN_BLOCKS;
}

const EMPTY = new Uint32Array(0);

/** A token's ordinals in a block (empty when the segment does not hold it). */
export function postingOf(block: PostingBlock | undefined, token: string): Uint32Array {
  if (!block) return EMPTY;
  let lo = 0;
  let hi = block.tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = block.tokens[mid]!;
    if (at === token) return block.ords.subarray(block.offsets[mid]!, block.offsets[mid + 1]!);
    if (at < token) lo = mid + 1;
    else hi = mid - 1;
  }
  return EMPTY;
}

/** Collects (ordinal, tokens) pairs and writes them out as one segment's blocks. */
export class SegmentBuilder {
  private readonly lists = new Map<string, number[]>();
  docs = 0;

  add(ord: number, tokens: readonly string[]): void {
    this.docs++;
    for (const token of new Set(tokens)) {
      let list = this.lists.get(token);
      if (!list) {
        list = [];
        this.lists.set(token, list);
      }
      list.push(ord);
    }
  }

  /** Adds every posting of an existing block, keeping only the ordinals `keep` allows. */
  addBlock(block: PostingBlock, keep: (ord: number) => boolean): void {
    block.tokens.forEach((token, index) => {
      let list = this.lists.get(token);
      for (let i = block.offsets[index]!; i < block.offsets[index + 1]!; i++) {
        const ord = block.ords[i]!;
        if (!keep(ord)) continue;
        if (!list) {
          list = [];
          this.lists.set(token, list);
        }
        list.push(ord);
      }
    });
  }

  get empty(): boolean {
    return this.lists.size === 0;
  }

  blocks(seg: number): PostingBlock[] {
    const byBlock = new Map<number, string[]>();
    for (const token of this.lists.keys()) {
      const block = tokenBlock(token);
      const tokens = byBlock.get(block);
      if (tokens) tokens.push(token);
      else byBlock.set(block, [token]);
    }
    const out: PostingBlock[] = [];
    for (const [block, tokens] of byBlock) {
      tokens.sort();
      const offsets = new Uint32Array(tokens.length + 1);
      let size = 0;
      tokens.forEach((token, index) => {
        offsets[index] = size;
        size += this.lists.get(token)!.length;
      });
      offsets[tokens.length] = size;
      const ords = new Uint32Array(size);
      tokens.forEach((token, index) => {
        const list = this.lists.get(token)!;
        // ascending, so a merge of segments and a reader can rely on the order
        ords.set(
          list.sort((a, b) => a - b),
          offsets[index]!,
        );
      });
      out.push({ seg, block, tokens, offsets, ords });
    }
    return out.sort((a, b) => a.block - b.block);
  }
}

/** The ordinal map in memory: ids split lazily, sides as they are stored. */
export class OrdinalMap {
  private readonly split = new Map<number, string[]>();

  constructor(private readonly blocks: Map<number, OrdinalBlock>) {}

  side(ord: number): number {
    return this.blocks.get(Math.floor(ord / ORDINAL_BLOCK))?.sides[ord % ORDINAL_BLOCK] ?? DEAD;
  }

  id(ord: number): string | undefined {
    const block = Math.floor(ord / ORDINAL_BLOCK);
    let ids = this.split.get(block);
    if (!ids) {
      const stored = this.blocks.get(block);
      if (!stored) return undefined;
      ids = stored.ids.split('\n');
      this.split.set(block, ids);
    }
    return ids[ord % ORDINAL_BLOCK] || undefined;
  }

  /** Every ordinal below `size`: its id (undefined: none) and side. */
  flat(size: number): { ids: (string | undefined)[]; sides: Uint8Array } {
    const ids = new Array<string | undefined>(size);
    const sides = new Uint8Array(size);
    for (const [number, block] of this.blocks) {
      const base = number * ORDINAL_BLOCK;
      if (base >= size) continue;
      const split = block.ids.split('\n');
      const count = Math.min(ORDINAL_BLOCK, size - base);
      sides.set(block.sides.subarray(0, count), base);
      for (let i = 0; i < count; i++) ids[base + i] = split[i] || undefined;
    }
    return { ids, sides };
  }
}

/** Set ordinals' ids and sides in their blocks (new blocks made as needed); returns the blocks changed. */
export function writeOrdinals(
  blocks: Map<number, OrdinalBlock>,
  entries: readonly { ord: number; id?: string; side: number }[],
): OrdinalBlock[] {
  const changed = new Map<number, string[]>();
  for (const { ord } of entries) {
    const block = Math.floor(ord / ORDINAL_BLOCK);
    if (changed.has(block)) continue;
    const stored = blocks.get(block);
    changed.set(block, stored ? stored.ids.split('\n') : []);
    if (!stored) blocks.set(block, { block, ids: '', sides: new Uint8Array(ORDINAL_BLOCK) });
  }
  for (const { ord, id, side } of entries) {
    const block = Math.floor(ord / ORDINAL_BLOCK);
    const ids = changed.get(block)!;
    while (ids.length <= ord % ORDINAL_BLOCK) ids.push('');
    if (id !== undefined) ids[ord % ORDINAL_BLOCK] = id;
    blocks.get(block)!.sides[ord % ORDINAL_BLOCK] = side;
  }
  return [...changed].map(([block, ids]) => {
    const updated = { ...blocks.get(block)!, ids: ids.join('\n') };
    blocks.set(block, updated);
    return updated;
  });
}
