/**
 * npm run lexicon — regenerates the fallback Indonesian → English lexicon
 * (utils/match/vocabulary/lexicon.generated.ts) from the FreeDict English–Indonesian dictionary.
 * (npm run names, scripts/build-names.ts, reads the same dictionary for its list of ordinary English words.)
 *
 * The dictionary is the Debian package dict-freedict-eng-ind (FreeDict + WikDict, from Wiktionary,
 * CC BY-SA 3.0): `apt-get install dict-freedict-eng-ind` puts freedict-eng-ind.index and the
 * dictzip-compressed freedict-eng-ind.dict.dz (gzip-readable) under /usr/share/dictd/. Another
 * directory can be given with FREEDICT_DIR.
 *
 * The dictionary is inverted: for every Indonesian translation of one or two words, the English
 * headwords it translates (where it is listed earliest first, at most three). Only what matching
 * needs is kept: single Indonesian words that are not English headwords themselves (those match
 * literally), lower case, letters only.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const LEXICON_FILE = join(ROOT, 'utils/match/vocabulary/lexicon.generated.ts');
const DICT_DIR = process.env.FREEDICT_DIR ?? '/usr/share/dictd';
const NAME = 'freedict-eng-ind';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
/** dictd's index numbers: base 64, most significant digit first. */
function b64(text: string): number {
  let value = 0;
  for (const ch of text) value = value * 64 + B64.indexOf(ch);
  return value;
}

export interface DictEntry {
  headword: string;
  pos: string;
  translations: string[];
}

/**
 * One dictd entry: a head line `word /ipa/ <pos>`, then for each sense a translation line (the first
 * line, or one that starts with a sense number `2. `) followed by an English gloss; lines indented
 * with a bare number (` 3.`) start a further gloss of the same translation.
 */
export function parseEntry(text: string): DictEntry | undefined {
  const lines = text.split('\n');
  const head = lines[0] ?? '';
  const match = /^(.*?)\s+(?:\/[^<]*\/\s*)?<([^>]+)>/.exec(head);
  if (!match) return undefined;
  const translations: string[] = [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const numbered = /^\d+\.\s+/.test(line);
    if (i !== 1 && !numbered) continue;
    const cleaned = line
      .replace(/^\d+\.\s+/, '')
      .replace(/\s+\d+\.$/, '')
      .replace(/\([^)]*\)/g, ' ');
    for (const part of cleaned.split(/[,;]/)) {
      const form = part.trim().toLowerCase();
      if (form) translations.push(form);
    }
  }
  return { headword: match[1]!.trim().toLowerCase(), pos: match[2]!.trim(), translations };
}

export function readDictionary(dir = DICT_DIR): DictEntry[] {
  const index = join(dir, `${NAME}.index`);
  const dict = join(dir, `${NAME}.dict.dz`);
  if (!existsSync(index) || !existsSync(dict)) {
    throw new Error(
      `FreeDict English–Indonesian not found in ${dir} (${NAME}.index, ${NAME}.dict.dz).\n` +
        'Install it with: apt-get update && apt-get install -y dict-freedict-eng-ind (or set FREEDICT_DIR).',
    );
  }
  const data = gunzipSync(readFileSync(dict));
  const entries: DictEntry[] = [];
  for (const line of readFileSync(index, 'utf8').split('\n')) {
    const [word, offset, length] = line.split('\t');
    if (!word || !offset || !length || word.startsWith('00database')) continue;
    const start = b64(offset);
    const entry = parseEntry(data.subarray(start, start + b64(length)).toString('utf8'));
    if (entry) entries.push(entry);
  }
  return entries;
}

const WORD = /^[a-z]+(-[a-z]+)?$/;
/** Parts of speech worth matching on: nouns, verbs, adjectives, adverbs. */
const POS = /^(n|v|adj|adv)\b/;

/** Most English words kept for one Indonesian word (its senses: jaringan = tissue, network). */
const MAX_SENSES = 3;

/**
 * Indonesian word → English headwords (earliest-listed first), and the one-word English headwords of
 * the dictionary (ordinary English words).
 */
export function invert(entries: readonly DictEntry[]): { map: Map<string, string[]>; english: Set<string> } {
  const english = new Set(
    entries.filter((entry) => WORD.test(entry.headword)).map((entry) => entry.headword),
  );
  const senses = new Map<string, Array<{ en: string; rank: number }>>();
  for (const entry of entries) {
    if (!POS.test(entry.pos) || !WORD.test(entry.headword)) continue;
    entry.translations.forEach((form, rank) => {
      // one word: an unknown word of a title is looked up alone
      if (!WORD.test(form) || form === entry.headword || english.has(form)) return;
      let list = senses.get(form);
      if (!list) {
        list = [];
        senses.set(form, list);
      }
      if (!list.some((sense) => sense.en === entry.headword)) list.push({ en: entry.headword, rank });
    });
  }
  const map = new Map(
    [...senses]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, list]) => [
        id,
        list
          .sort((a, b) => a.rank - b.rank || a.en.length - b.en.length || (a.en < b.en ? -1 : 1))
          .slice(0, MAX_SENSES)
          .map((sense) => sense.en),
      ]),
  );
  return { map, english };
}

export function render(map: ReadonlyMap<string, readonly string[]>): string {
  const lines = [...map].map(([id, en]) => `${id}=${en.join(',')}`);
  return `// Generated by scripts/build-lexicon.ts (npm run lexicon); do not edit by hand.
// Source: FreeDict English–Indonesian dictionary (FreeDict + WikDict, from Wiktionary), edition
// 2022.11.18, Debian package dict-freedict-eng-ind. Licence: Creative Commons Attribution-ShareAlike
// 3.0 Unported (CC BY-SA 3.0); this derived table is shared under the same licence.
/**
 * Fallback Indonesian → English lexicon, below the curated glossary (which wins): one
 * \`indonesian=english,english\` line per word (${map.size} words), the English words in the order the
 * dictionary lists the Indonesian one first; only Indonesian words that are not English words too.
 */
export const FALLBACK_ID_EN = \`
${lines.join('\n')}
\`;
`;
}

export function main(): number {
  try {
    const { map } = invert(readDictionary());
    writeFileSync(LEXICON_FILE, render(map));
    console.log(`wrote ${LEXICON_FILE}: ${map.size} Indonesian words`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(main());
