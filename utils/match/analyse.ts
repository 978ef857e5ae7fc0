/**
 * Text → concept analysis. Words are normalised and looked up through the lexicon; the longest
 * glossary or name phrase wins at each position. Known words become language-neutral concepts
 * ("pemasaran", "marketing" → marketing); names stay whole; unknown words stay as their stem, so two
 * Indonesian (or two English) titles still meet on them. Framing, noun-phrase heads and broader
 * concepts set the weights; facets (level, language, exam) come from facets.ts.
 */

import { assembleComposites } from './composites';
import {
  detectBundle,
  detectExam,
  detectLevel,
  detectSequel,
  type ExamKind,
  isEnglishOnlyWord,
  type Level,
  languageOfHints,
  type TitleLanguage,
} from './facets';
import { compositeTable, isKnownConcept, type Lexicon, lexicon } from './lexicon';
import { asciiWordsAndBreaks, words } from './normalise';
import { englishConcept, MAX_PHRASE, translateUnknown } from './unknown-words';
import { BROADER } from './vocabulary/glossary';
import { TOOL_SKILLS, toolFamily } from './vocabulary/names';
import { phrasesAt, tokenOf, type WordInfo, wordInfo, writtenWordInfo } from './word-info';

export interface Analysis {
  /** concept → weight in 0..1 (1 for the subject, less for framing words and implied broader concepts). */
  concepts: Map<string, number>;
  /** Tools named, canonical names. */
  tools: string[];
  /** Concepts present only because a named concept or tool implies them (broader concepts, a tool's skill). */
  implied: Set<string>;
  /**
   * Other senses of a word translated by the fallback lexicon (jaringan: tissue, network): a candidate
   * with any of them has the concept.
   */
  alternatives?: ReadonlyMap<string, readonly string[]>;
  level?: Level;
  /** `other` when the text reads as neither English nor Indonesian (Spanish, Turkish, Cyrillic, ...). */
  language: TitleLanguage;
  /** The text names an exam (exam prep, a practice test) or a certification. */
  exam?: ExamKind;
  /** The text names several courses together: a bundle, a learning path, a specialization. */
  bundle?: boolean;
  /** The text is a later part of a series ("Part 2"). */
  sequel?: boolean;
}

/** Weight of a concept named only inside the Prakerja occupational framing. */
export const FRAMING_WEIGHT = 0.4;
/** Concepts that name a kind of tool: before a tool's name they describe it ("aplikasi Excel"). */
const CLASS_NOUNS = new Set(['software']);
/** Concepts that frame another one next to them rather than name a subject ("Manajemen Kredit"). */
const GENERIC_HEADS = new Set(['management', 'business', 'software']);
/** Heads whose following noun names what they are about ("Desain Arsitektur"): it is not a modifier. */
const MODIFIED_HEADS = new Set(['design']);
/** Weight of a broader concept implied by a narrower one. */
export const BROADER_WEIGHT = 0.35;
export { PART_WEIGHT } from './composites';

export interface AnalyseOptions {
  /** Treat words after untuk/bagi/sebagai as the Prakerja occupational framing (default true). */
  framing?: boolean;
}

/** What one matched word or phrase named, and where it started and ended. */
interface Slot {
  concepts: readonly string[];
  tool?: string;
  start: number;
  end: number;
  /** First word of a tool phrase of two or more words (google, adobe, microsoft). */
  brand?: string;
}

/** Two slots with no word between them. */
function adjacent(a: Slot, b: Slot, breaks: ReadonlySet<number>): boolean {
  if (a.end === b.start) return !breaks.has(b.start);
  if (b.end === a.start) return !breaks.has(a.start);
  return false;
}

/**
 * Punctuation that ends a phrase: a title's parts, a syllabus's topics ("Email marketing . Fotografi"),
 * and a free-standing `&` or `+`, which joins two subjects as "and" does ("Website & SEO").
 */
export const PHRASE_END = /[,:;|!?()[\]{}/\u2013\u2014]+|\.(?=\s|$)|\s[-&+]\s/;

/** Indexes (into `words(text)`) of the words that start a new phrase after punctuation. */
export function phraseBreaks(text: string): Set<number> {
  return wordsAndBreaks(text).breaks;
}

/**
 * `words(text)` and its phrase breaks in one pass: the punctuation that ends a phrase splits words too,
 * so the words of the parts, in order, are the words of the text.
 */
function wordsAndBreaks(text: string): { list: string[]; breaks: Set<number> } {
  const scanned = asciiWordsAndBreaks(text);
  if (scanned) return scanned;
  const breaks = new Set<number>();
  const parts = text.split(PHRASE_END);
  if (parts.length === 1) return { list: words(text), breaks };
  const list: string[] = [];
  for (const part of parts) {
    if (list.length > 0) breaks.add(list.length);
    for (const word of words(part)) list.push(word);
  }
  return { list, breaks };
}

const CONJUNCTIONS = new Set(['dan', 'and', 'serta', 'atau', 'or']);

/** The brand of a tool named just before "and" at position `i`, when the next word may be its sibling. */
function sharedBrand(slots: readonly Slot[], list: readonly string[], i: number): string | undefined {
  const last = slots.at(-1);
  if (!last?.brand || last.end !== i - 1 || !CONJUNCTIONS.has(list[i - 1]!)) return undefined;
  return last.brand;
}

/** Words next to which an ambiguous name ("Go", "R", "C") reads as a programming language. */
const NAME_CONTEXT = new Set([
  'bahasa',
  'pemrograman',
  'pemograman',
  'language',
  'languages',
  'programming',
  'lang',
  'coding',
  'koding',
]);
/** Words that only say "the language" next to a language's name ("Bahasa Go", "Go language"). */
const LANGUAGE_WORDS = new Set(['bahasa', 'language', 'languages', 'lang']);
/** Words that introduce the means a course teaches with ("dengan Python", "using Excel"). */
const MEANS_MARKERS = new Set(['dengan', 'menggunakan', 'memakai', 'using', 'with']);
/** The glossary concept of the Indonesian language. */
const MEDIUM = 'indonesian';
/** Words before "Indonesia" that make it the language of teaching ("Tutorial Indonesia", "Bahasa Indonesia"). */
const MEDIUM_BEFORE = new Set(['bahasa', 'berbahasa', 'tutorial', 'in']);
const PROGRAMMING_WORDS = new Set(['programming', 'pemrograman', 'pemograman']);

let broaderMap: Map<string, readonly string[]> | undefined;
/** BROADER as a Map: concepts are mostly fresh strings, which a Map hashes without interning them. */
function broaderTable(): Map<string, readonly string[]> {
  broaderMap ??= new Map(Object.entries(BROADER));
  return broaderMap;
}

/** The name a phrase of up to MAX_PHRASE words starting at `i` spells, and how many words it takes. */
function nameAt(infos: readonly WordInfo[], i: number): { tool: string; n: number } | undefined {
  const path = phrasesAt(infos, i, MAX_PHRASE);
  for (let n = path.length; n >= 1; n--) {
    const tool = path[n - 1]!.tool;
    if (tool) return { tool, n };
  }
  return undefined;
}

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const { concepts, tools, implied, alternatives, language, plain } = analyseConcepts(text, options);
  return {
    concepts,
    tools,
    implied,
    alternatives,
    level: detectLevel(plain, text),
    language,
    exam: detectExam(plain),
    bundle: detectBundle(text, plain),
    sequel: detectSequel(text),
  };
}

/** What `analyse` finds of a text's subject, without the facets (level, exam, bundle, sequel). */
export interface ConceptAnalysis extends Pick<Analysis, 'concepts' | 'tools' | 'implied' | 'language'> {
  alternatives: Map<string, string[]>;
  /** The words of the text, translated where Indonesian, reduplications folded. */
  plain: string[];
}

/** The concepts of a text, as `analyse` weighs them; enough for index tokens. */
export function analyseConcepts(text: string, options: AnalyseOptions = {}): ConceptAnalysis {
  // (each step is its own small function: a rare input that deoptimises one recompiles only that step)
  const lex = lexicon();
  const read = readText(lex, text);
  const found = nameConcepts(lex, read, options.framing ?? true);
  const { concepts, slots } = found;
  demoteFrames(slots, concepts, read.breaks);
  const composites = compositeTable();
  if (read.language === 'id') demoteModifiers(read, slots, concepts, composites.parts);
  assembleComposites(concepts, composites.parts);
  dropMedium(read, concepts);
  const implied = addBroader(concepts);
  return {
    concepts,
    tools: found.tools,
    implied,
    alternatives: found.alternatives,
    language: read.language,
    plain: read.plain,
  };
}

/** A text's words: as written (typos repaired), as analysed (translated where Indonesian), and their facts. */
interface ReadText {
  language: TitleLanguage;
  /** The words as written, typos repaired. */
  original: string[];
  /** The words analysed: Indonesian words no table knows translated. */
  list: string[];
  infos: WordInfo[];
  /** Other senses of a translated word, by position. */
  senses: Map<number, readonly string[]>;
  breaks: Set<number>;
  plain: string[];
  canon: (string | undefined)[];
}

function readText(lex: Lexicon, text: string): ReadText {
  const split = wordsAndBreaks(text);
  const written: WordInfo[] = [];
  const original: string[] = [];
  const hints: number[] = [];
  for (const word of split.list) {
    const info = writtenWordInfo(lex, word);
    written.push(info);
    original.push(info.word);
    hints.push(info.hints);
  }
  const language = languageOfHints(text, hints);
  const { list, senses } =
    language === 'id' ? translateUnknown(lex, original) : { list: original, senses: new Map() };
  // a translated word is looked up as it is (no typo repair)
  const infos =
    list === original
      ? written
      : list.map((word, i) => (word === original[i] ? written[i]! : wordInfo(lex, word)));
  const plain: string[] = [];
  const canon: (string | undefined)[] = [];
  for (const info of infos) {
    plain.push(info.plain);
    canon.push(info.canon);
  }
  return { language, original, list, infos, senses, breaks: split.breaks, plain, canon };
}

/** Sets a concept's weight, unless it already weighs more. */
function raise(concepts: Map<string, number>, concept: string, weight: number): void {
  if ((concepts.get(concept) ?? 0) < weight) concepts.set(concept, weight);
}

/** What the words of a text name, found left to right. */
interface Naming {
  concepts: Map<string, number>;
  tools: string[];
  /**
   * What each matched word or phrase named, in order: for a class noun in front of a tool and for a
   * brand named once for two tools.
   */
  slots: Slot[];
  alternatives: Map<string, string[]>;
}

function nameConcepts(lex: Lexicon, read: ReadText, framing: boolean): Naming {
  const naming: Naming = { concepts: new Map(), tools: [], slots: [], alternatives: new Map() };
  const { list, infos, plain } = read;
  let weight = 1;
  for (let i = 0; i < list.length; ) {
    const info = infos[i]!;
    const word = info.plain;
    if (framing && info.framing && i > 0) weight = FRAMING_WEIGHT;
    // "... untuk Pemula dengan Google Cloud": the means named after the framing is the subject again
    if (MEANS_MARKERS.has(word)) weight = 1;
    let matched = 0;
    // "Google Docs dan Sheets", "Adobe Premiere and After Effects": a brand named once for two tools
    const brand = sharedBrand(naming.slots, list, i);
    if (brand) matched = nameBrandedTool(lex, read, naming, i, brand, weight);
    // "Bahasa Go", "bahasa pemrograman", "programming language": the word says only that a
    // programming language is meant (it is not a course on a language people speak)
    if (!matched && LANGUAGE_WORDS.has(word)) {
      const next = nameAt(infos, i + 1);
      if (next && toolFamily(next.tool) === 'language') matched = 1;
      else if (PROGRAMMING_WORDS.has(plain[i - 1] ?? '') || PROGRAMMING_WORDS.has(plain[i + 1] ?? ''))
        matched = 1;
    }
    if (!matched) matched = namePhrase(read, naming, i, weight);
    if (!matched) {
      matched = 1;
      if (info.content && !(info.occupation && weight < 1)) keepUnknownWord(lex, read, naming, i, weight);
    }
    i += matched;
  }
  return naming;
}

/** Words it takes to name a tool of `brand` at `i` ("Docs" after "Google Sheets and"), or 0. */
function nameBrandedTool(
  lex: Lexicon,
  read: ReadText,
  naming: Naming,
  i: number,
  brand: string,
  weight: number,
): number {
  const { list, canon } = read;
  for (let n = Math.min(2, list.length - i); n >= 1; n--) {
    const key = canon
      .slice(i, i + n)
      .map((value, k) => value ?? list[i + k])
      .join(' ');
    // only a word that is no tool on its own: "Google Docs and Excel" names Excel, not Google Excel
    const tool = lex.toolPhrases.has(key) ? undefined : lex.toolPhrases.get(`${brand} ${key}`);
    if (tool) {
      raise(naming.concepts, tool, weight);
      if (!naming.tools.includes(tool)) naming.tools.push(tool);
      naming.slots.push({ concepts: [tool], tool, start: i, end: i + n, brand });
      return n;
    }
  }
  return 0;
}

/** Words it takes to name the longest tool or glossary phrase at `i` (canonical words, else as written), or 0. */
function namePhrase(read: ReadText, naming: Naming, i: number, weight: number): number {
  const { list, infos, original, plain, canon } = read;
  const info = infos[i]!;
  const path = phrasesAt(infos, i, MAX_PHRASE);
  for (let n = path.length; n >= 1; n--) {
    const node = path[n - 1]!;
    const tool = node.tool;
    if (tool) {
      // an ambiguous spelling ("go", "r", "c") is the name only next to a context word
      const context =
        node.ambiguous &&
        (NAME_CONTEXT.has(original[i - 1] ?? '') || NAME_CONTEXT.has(original[i + n] ?? ''));
      if (node.ambiguous && !context) continue;
      if (!context && n === 1 && (info.stopword || info.filler)) continue;
      // "Go language": the word after a language's name says only that it is one
      const end = toolFamily(tool) === 'language' && LANGUAGE_WORDS.has(plain[i + n] ?? '') ? n + 1 : n;
      raise(naming.concepts, tool, weight);
      if (!naming.tools.includes(tool)) naming.tools.push(tool);
      naming.slots.push({
        concepts: [tool],
        tool,
        start: i,
        end: i + end,
        brand: end > 1 ? (canon[i] ?? list[i]) : undefined,
      });
      return end;
    }
    const found = node.concepts;
    if (found) {
      // a lone stopword or filler word is never a concept, even when the glossary knows it
      // (a job-title word is filler only inside the occupational framing: "JavaScript Specialist")
      if (n === 1 && (info.stopword || info.filler || (info.occupation && weight < 1))) continue;
      for (const concept of found) raise(naming.concepts, concept, weight);
      naming.slots.push({ concepts: found, tool: undefined, start: i, end: i + n, brand: undefined });
      return n;
    }
  }
  return 0;
}

/** A content word no table matched: its unknown-word token, with the other senses of its translation. */
function keepUnknownWord(lex: Lexicon, read: ReadText, naming: Naming, i: number, weight: number): void {
  const key = tokenOf(read.infos[i]!);
  raise(naming.concepts, key, weight);
  const senses = read.senses.get(i);
  if (!senses) return;
  const known = senses
    .map((sense) => englishConcept(lex, sense))
    .filter((value): value is string => value !== undefined && value !== key);
  if (known.length > 0)
    naming.alternatives.set(key, [...new Set([...(naming.alternatives.get(key) ?? []), ...known])]);
}

/**
 * A class noun right before a tool names what the tool is ("aplikasi Excel", "software Photoshop"),
 * and a generic head next to a concept names only its frame ("Manajemen Kredit", "Bisnis Katering",
 * "Supply Chain Management"): either counts as implied unless the text names it elsewhere.
 */
function demoteFrames(
  slots: readonly Slot[],
  concepts: Map<string, number>,
  breaks: ReadonlySet<number>,
): void {
  slots.forEach((slot, k) => {
    const next = slots[k + 1];
    const previous = slots[k - 1];
    const classNoun =
      next?.tool !== undefined &&
      adjacent(slot, next, breaks) &&
      slot.concepts.every((concept) => CLASS_NOUNS.has(concept));
    const genericHead =
      slot.concepts.every((concept) => GENERIC_HEADS.has(concept)) &&
      [previous, next].some(
        (other) =>
          other &&
          adjacent(other, slot, breaks) &&
          other.concepts.some((c) => !GENERIC_HEADS.has(c) && isKnownConcept(c)),
      );
    if (!classNoun && !genericHead) return;
    const elsewhere = slots.some(
      (other, j) => j !== k && other.concepts.some((c) => slot.concepts.includes(c)),
    );
    if (elsewhere) return;
    for (const concept of slot.concepts) concepts.set(concept, (concepts.get(concept) ?? 0) * BROADER_WEIGHT);
  });
}

/**
 * Indonesian puts the head of a noun phrase first: in "Poster Pemasaran Digital" (a digital-marketing
 * poster) or "Website UMKM" (a website for small businesses) the second noun qualifies the first, so it
 * weighs like the occupational framing. Not after a generic head ("Desain Arsitektur", "Manajemen
 * Kredit": the second noun is the subject), and never for a tool, which is named in apposition.
 */
/** Whether any of words[from..to) passes, without a slice (this runs for every pair of slots). */
function someWord(
  words: readonly string[],
  from: number,
  to: number,
  test: (word: string) => boolean,
): boolean {
  for (let i = from; i < Math.min(to, words.length); i++) if (test(words[i]!)) return true;
  return false;
}

function someValue<V>(map: ReadonlyMap<string, V>, test: (value: V) => boolean): boolean {
  for (const value of map.values()) if (test(value)) return true;
  return false;
}

function demoteModifiers(
  read: ReadText,
  slots: readonly Slot[],
  concepts: Map<string, number>,
  compositeParts: ReadonlyMap<string, string[]>,
): void {
  const { list, original, breaks } = read;
  for (let k = 1; k < slots.length; k++) {
    const head = slots[k - 1]!;
    const modifier = slots[k]!;
    if (!adjacent(head, modifier, breaks) || head.tool || modifier.tool) continue;
    // a verb's noun is its object, not a modifier ("Memasarkan Produk", "Mendesain Poster")
    if (/^me/.test(list[head.start]!)) continue;
    // English words keep English order inside an Indonesian title ("Front-End Web Development")
    if (someWord(original, head.start, modifier.end, isEnglishOnlyWord)) continue;
    if (head.concepts.some((c) => GENERIC_HEADS.has(c) || MODIFIED_HEADS.has(c) || !isKnownConcept(c)))
      continue;
    if (!modifier.concepts.every(isKnownConcept)) continue;
    if (slots.some((other, j) => j !== k && other.concepts.some((c) => modifier.concepts.includes(c))))
      continue;
    // together they may name one concept ("Pemasar Media Sosial": a social media marketer)
    const inPair = (part: string) => head.concepts.includes(part) || modifier.concepts.includes(part);
    if (someValue(compositeParts, (parts) => parts.every(inPair))) continue;
    for (const concept of modifier.concepts) {
      concepts.set(concept, Math.min(concepts.get(concept) ?? 0, FRAMING_WEIGHT));
    }
  }
}

/**
 * "Tutorial MySQL Bahasa Indonesia": in an Indonesian title that names another subject, the language
 * the title is written in is the language of teaching, not what is taught (in an English title too
 * when it says so: "Express Tutorial Indonesia", "in Bahasa Indonesia").
 */
function dropMedium(read: ReadText, concepts: Map<string, number>): void {
  const { original } = read;
  const saysMedium = original.some(
    (word, i) => word === 'indonesia' && MEDIUM_BEFORE.has(original[i - 1] ?? ''),
  );
  if ((read.language === 'id' || saysMedium) && concepts.has(MEDIUM)) {
    const other = [...concepts].some(([concept, value]) => concept !== MEDIUM && value >= 0.5);
    if (other) concepts.delete(MEDIUM);
  }
}

/** Adds the broader concepts and tool skills the concepts imply; returns those the text did not name. */
function addBroader(concepts: Map<string, number>): Set<string> {
  const implied = new Set<string>();
  const widened: Array<[string, number]> = [];
  concepts.forEach((value, concept) => {
    if (broaderTable().get(concept) !== undefined || TOOL_SKILLS.get(concept) !== undefined)
      widened.push([concept, value]);
  });
  for (const [concept, value] of widened) {
    const broaderOf = broaderTable().get(concept);
    const skills = TOOL_SKILLS.get(concept);
    for (const wider of [broaderOf, skills]) {
      for (const broader of wider ?? []) {
        if (!concepts.has(broader)) implied.add(broader);
        raise(concepts, broader, value * BROADER_WEIGHT);
      }
    }
  }
  return implied;
}

/** Index tokens: the concepts of a text, strongest first, at most `limit`. */
export function conceptTokens(analysis: Pick<Analysis, 'concepts'>, limit = 400): string[] {
  // a stable insertion sort into two arrays: a text names a handful of concepts, and sorting copies
  // of the map's entries allocated a pair for each
  const tokens: string[] = [];
  const weights: number[] = [];
  analysis.concepts.forEach((weight, concept) => {
    let at = tokens.length;
    while (at > 0 && weights[at - 1]! < weight) at--;
    tokens.splice(at, 0, concept.slice(0, 80));
    weights.splice(at, 0, weight);
  });
  if (tokens.length > limit) tokens.length = limit;
  return tokens;
}
