/**
 * npm run names — regenerates utils/match/vocabulary/names.generated.ts, the names the matcher keeps
 * whole and treats as facets, from two maintained data packages (devDependencies, read at build time
 * only):
 *   - linguist-languages (GitHub Linguist's languages, MIT): programming and markup languages with
 *     their aliases, family `language`;
 *   - simple-icons (brand and product titles with aliases, CC0): family `brand`.
 * A name that is also an ordinary word (a lower-case word of the English word list of Debian's
 * wamerican package (SCOWL), an English headword of the FreeDict English–Indonesian dictionary, a
 * glossary or stopword spelling, an Indonesian word of the fallback lexicon) or of one to
 * three letters is ambiguous ("Go", "R", "Shell", "Notion"): a language keeps it marked `?`, so the
 * matcher reads it as the language only next to a word such as "bahasa" or "programming"; a brand
 * drops it. Names the curated table (vocabulary/names.ts) knows keep their curated row: a generated row
 * with the curated name only adds spellings to it. The FreeDict package (see scripts/build-lexicon.ts)
 * and wamerican must be installed; the word lists decide what is ambiguous and are not shipped.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { words } from '../utils/match/normalise';
import { GLOSSARY } from '../utils/match/vocabulary/glossary';
import { FALLBACK_ID_EN } from '../utils/match/vocabulary/lexicon.generated';
import { CURATED_NAMES } from '../utils/match/vocabulary/names';
import { COURSE_FILLER, isStopword } from '../utils/match/vocabulary/stopwords';
import { invert, readDictionary } from './build-lexicon';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const NAMES_FILE = join(ROOT, 'utils/match/vocabulary/names.generated.ts');
const MAX_WORDS = 4;

const Language = z.object({
  name: z.string(),
  type: z.string(),
  aliases: z.array(z.string()).optional(),
});
const Icon = z.object({
  title: z.string(),
  aliases: z
    .object({
      aka: z.array(z.string()).optional(),
      dup: z.array(z.object({ title: z.string() })).optional(),
      loc: z.record(z.string(), z.string()).optional(),
    })
    .optional(),
});

export interface RawName {
  name: string;
  family: 'language' | 'brand';
  spellings: string[];
}

/** A spelling as the matcher sees it: normalised words joined by a space, or '' when unusable. */
export function spellingKey(text: string): string {
  const list = words(text);
  if (list.length === 0 || list.length > MAX_WORDS) return '';
  return list.join(' ');
}

/** A plain English word list (Debian's wamerican, from SCOWL), read at build time only. */
const WORD_LIST = process.env.WORD_LIST ?? '/usr/share/dict/american-english';

/** The lower-case entries of the word list: common words, not proper names ("python" but not "Julia"). */
export function readWordList(file = WORD_LIST): Set<string> {
  if (!existsSync(file)) {
    throw new Error(
      `English word list not found: ${file}.\nInstall it with: apt-get update && apt-get install -y wamerican (or set WORD_LIST).`,
    );
  }
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((word) => /^[a-z]+$/.test(word)),
  );
}

export function ordinaryWords(english: ReadonlySet<string>): Set<string> {
  const ordinary = new Set(english);
  for (const entry of GLOSSARY)
    for (const form of [...entry.en, ...entry.id]) for (const w of words(form)) ordinary.add(w);
  for (const line of FALLBACK_ID_EN.split('\n')) {
    const id = line.split('=')[0];
    if (id) ordinary.add(id);
  }
  for (const w of COURSE_FILLER) ordinary.add(w);
  return ordinary;
}

/** True when every word of the spelling is an ordinary word, or it is one word of one to three letters. */
export function isAmbiguous(key: string, ordinary: ReadonlySet<string>, stopword = isStopword): boolean {
  const list = key.split(' ');
  // one to three letters: "c", "r", "py", "inc" (a language alias as often as an abbreviation)
  if (list.length === 1 && /^[a-z]{1,3}$/.test(key)) return true;
  return list.every((word) => ordinary.has(word) || stopword(word));
}

export async function readNames(): Promise<RawName[]> {
  const languages = z.record(z.string(), Language).parse(await import('linguist-languages'));
  // the package exports only its icon modules: its data file sits next to its main module
  const main = createRequire(import.meta.url).resolve('simple-icons');
  const data = JSON.parse(readFileSync(join(dirname(main), 'data/simple-icons.json'), 'utf8'));
  const icons = z.array(Icon).parse(Array.isArray(data) ? data : data.icons);
  const out: RawName[] = [];
  for (const language of Object.values(languages)) {
    if (language.type !== 'programming' && language.type !== 'markup') continue;
    out.push({
      name: language.name,
      family: 'language',
      spellings: [language.name, ...(language.aliases ?? [])],
    });
  }
  for (const icon of icons) {
    const aliases = icon.aliases ?? {};
    out.push({
      name: icon.title,
      family: 'brand',
      spellings: [icon.title, ...(aliases.aka ?? []), ...Object.values(aliases.loc ?? {})],
    });
    // a duplicate title is another product under the same mark (React → React Native): its own name
    for (const dup of aliases.dup ?? [])
      out.push({ name: dup.title, family: 'brand', spellings: [dup.title] });
  }
  return out;
}

export interface NameRow {
  name: string;
  family: string;
  /** Spellings; a leading `?` marks one that needs a context word. */
  spellings: string[];
}

export function buildRows(raw: readonly RawName[], ordinary: ReadonlySet<string>): NameRow[] {
  const curatedBySpelling = new Map<string, string>();
  for (const name of CURATED_NAMES)
    for (const alias of name.aliases) curatedBySpelling.set(spellingKey(alias), name.name);
  const glossaryPhrases = new Set(
    GLOSSARY.flatMap((entry) => [...entry.en, ...entry.id].map((form) => spellingKey(form))),
  );
  // the last words of a vendor's product title ("Apache Airflow" → airflow), when no other name ends so
  const tails = new Map<string, number>();
  for (const entry of raw) {
    const list = spellingKey(entry.name).split(' ');
    if (list.length > 1) {
      const tail = list.slice(1).join(' ');
      tails.set(tail, (tails.get(tail) ?? 0) + 1);
    }
  }
  const rows = new Map<string, NameRow>();
  const taken = new Set<string>();
  for (const entry of raw) {
    const keys = new Set(entry.spellings.map(spellingKey).filter(Boolean));
    // the curated row of the same name: one of its spellings, or "C" for the row spelt "C language"
    const curated = [...keys]
      .flatMap((key) =>
        entry.family === 'language' ? [key, `${key} language`, `${key} programming`] : [key],
      )
      .map((key) => curatedBySpelling.get(key))
      .find(Boolean);
    const head = spellingKey(entry.name).split(' ');
    // (a tail of six letters or more: shorter ones are too often a word of another language or a prefix)
    const tail = head.slice(1).join(' ');
    if (!curated && entry.family === 'brand' && head.length > 1 && tails.get(tail) === 1 && tail.length >= 6)
      keys.add(tail);
    const name = curated ?? spellingKey(entry.name);
    if (!name) continue;
    const row = rows.get(name) ?? { name, family: curated ? '' : entry.family, spellings: [] };
    for (const key of keys) {
      if (taken.has(key) || curatedBySpelling.has(key) || glossaryPhrases.has(key)) continue;
      const ambiguous = isAmbiguous(key, ordinary);
      if (ambiguous && entry.family === 'brand') continue;
      taken.add(key);
      row.spellings.push(ambiguous ? `?${key}` : key);
    }
    if (row.spellings.length > 0) rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function render(rows: readonly NameRow[]): string {
  return `// Generated by scripts/build-names.ts (npm run names); do not edit by hand.
// Sources: linguist-languages (GitHub Linguist language data, MIT licence) and simple-icons (brand
// titles and aliases, CC0 1.0). Ambiguity checked against English word lists (SCOWL, FreeDict).
/**
 * Names kept whole and treated as facets: \`name|family|spelling,spelling\` a line (${rows.length} names).
 * An empty family means the curated row of that name (vocabulary/names.ts), to which the spellings are
 * added. A spelling starting with \`?\` is also an ordinary word: it reads as the name only next to a
 * context word ("bahasa Go", "R programming").
 */
export const GENERATED_NAMES = \`
${rows.map((row) => `${row.name}|${row.family}|${row.spellings.join(',')}`).join('\n')}
\`;
`;
}

export async function main(): Promise<number> {
  try {
    const { english } = invert(readDictionary());
    const rows = buildRows(await readNames(), ordinaryWords(new Set([...english, ...readWordList()])));
    writeFileSync(NAMES_FILE, render(rows));
    console.log(`wrote ${NAMES_FILE}: ${rows.length} names`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main().then((code) => process.exit(code));
