/**
 * Text → concept tokens. Words are normalised, looked up whole, then through their English stem, then
 * through every plausible Indonesian root; the longest glossary or tool phrase wins at each position.
 * Known words become language-neutral concepts ("pemasaran", "marketing" → marketing); tool names stay
 * whole; unknown words stay as their stem, so two Indonesian (or two English) titles still meet on them.
 */
import { BROADER, GLOSSARY } from './glossary';
import { isReduplication, words } from './normalise';
import { stemEn } from './stem-en';
import { stemIdCandidates } from './stem-id';
import { COURSE_FILLER, FRAMING_MARKERS, isFiller, isStopword, OCCUPATION_FILLER } from './stopwords';
import { TOOL_SKILLS, TOOLS, toolFamily } from './tools';

export type Level = 'beginner' | 'intermediate' | 'advanced' | 'all';

export interface Analysis {
  /** concept → weight in 0..1 (1 for the subject, less for framing words and implied broader concepts). */
  concepts: Map<string, number>;
  /** Tools named, canonical names. */
  tools: string[];
  /** Concepts present only because a named concept or tool implies them (broader concepts, a tool's skill). */
  implied: Set<string>;
  level?: Level;
  /** `other` when the text reads as neither English nor Indonesian (Spanish, Turkish, Cyrillic, ...). */
  language: 'en' | 'id' | 'other';
  /** The text names an exam (exam prep, a practice test) or a certification. */
  exam?: 'exam' | 'certification';
}

/** Weight of a concept named only inside the Prakerja occupational framing. */
export const FRAMING_WEIGHT = 0.4;
/** Concepts that name a kind of tool: before a tool's name they describe it ("aplikasi Excel"). */
const CLASS_NOUNS = new Set(['software']);
/** Concepts that frame another one next to them rather than name a subject ("Manajemen Kredit"). */
const GENERIC_HEADS = new Set(['management', 'business']);
/** Heads whose following noun names what they are about ("Desain Arsitektur"): it is not a modifier. */
const MODIFIED_HEADS = new Set(['design']);
/** Weight of a broader concept implied by a narrower one. */
export const BROADER_WEIGHT = 0.35;
const MAX_PHRASE = 4;
/** Weight of a part of a phrase concept, and of a phrase concept assembled from its parts. */
export const PART_WEIGHT = 0.8;

// ---------------------------------------------------------------------------------------------------
// Lexicon: every spelling in the glossary and the tool table, reachable by its stems.

interface Lexicon {
  /** word variant (raw or stemmed) → canonical word */
  canonical: Map<string, string>;
  /** canonical phrase (words joined by a space) → concepts */
  phrases: Map<string, string[]>;
  /** canonical phrases that name a tool */
  toolPhrases: Map<string, string>;
}

function buildLexicon(): Lexicon {
  memo.clear();
  const canonical = new Map<string, string>();
  const raw: Array<{ form: string; lang: 'en' | 'id' }> = [];
  for (const entry of GLOSSARY) {
    for (const form of entry.en) raw.push({ form, lang: 'en' });
    for (const form of entry.id) raw.push({ form, lang: 'id' });
  }
  for (const tool of TOOLS) for (const form of tool.aliases) raw.push({ form, lang: 'en' });
  const split = (form: string) => words(form);
  // raw spellings first, then stems, so an exact spelling always wins over a stem collision
  for (const { form } of raw)
    for (const word of split(form)) if (!canonical.has(word)) canonical.set(word, word);
  const toolWords = new Set(TOOLS.flatMap((tool) => tool.aliases.flatMap(split)));
  for (const { form, lang } of raw) {
    for (const word of split(form)) {
      // tool names are matched as spelled: a stem would make "flute" find Flutter
      if (toolWords.has(word) && !GLOSSARY_WORDS().has(word)) continue;
      const stem = lang === 'en' ? stemEn(word) : stemIdCandidates(word).at(-1)!;
      if (!canonical.has(stem)) canonical.set(stem, word);
      const en = stemEn(word);
      if (!canonical.has(en)) canonical.set(en, word);
    }
  }
  const lexicon: Lexicon = { canonical, phrases: new Map(), toolPhrases: new Map() };
  const keyOf = (form: string) =>
    split(form)
      .map((word) => lookupWord(lexicon, word) ?? word)
      .join(' ');
  const add = (key: string, concept: string) => {
    if (!key) return;
    const list = lexicon.phrases.get(key);
    if (!list) lexicon.phrases.set(key, [concept]);
    else if (!list.includes(concept)) list.push(concept);
  };
  for (const entry of GLOSSARY)
    for (const form of [...entry.en, ...entry.id]) add(keyOf(form), entry.concept);
  for (const tool of TOOLS) {
    for (const form of tool.aliases) {
      const key = keyOf(form);
      lexicon.toolPhrases.set(key, tool.name);
    }
  }
  return lexicon;
}

const memo = new Map<string, string | null>();

function lookupWord(lexicon: Lexicon, word: string): string | undefined {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  if (memo.size > 100_000) memo.clear();
  const found = lookupUncached(lexicon, word);
  memo.set(word, found ?? null);
  return found;
}

function lookupUncached(lexicon: Lexicon, word: string): string | undefined {
  const direct = lexicon.canonical.get(word);
  if (direct) return direct;
  const en = lexicon.canonical.get(stemEn(word));
  if (en) return en;
  for (const root of stemIdCandidates(word)) {
    const found = lexicon.canonical.get(root);
    if (found) return found;
  }
  return undefined;
}

let glossaryWords: Set<string> | undefined;
function GLOSSARY_WORDS(): Set<string> {
  glossaryWords ??= new Set(
    GLOSSARY.flatMap((entry) => [...entry.en, ...entry.id].flatMap((form) => words(form))),
  );
  return glossaryWords;
}

let cached: Lexicon | undefined;
function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

/** Glossary phrase concepts whose words are themselves two or more concepts: "social media marketing". */
let compositeCache: { parts: Map<string, string[]> } | undefined;
function compositeTable(): { parts: Map<string, string[]> } {
  if (compositeCache) return compositeCache;
  const lex = lexicon();
  const parts = new Map<string, string[]>();
  for (const entry of GLOSSARY) {
    const list = words(entry.concept);
    if (list.length < 2) continue;
    const canon = list.map((word) => lookupWord(lex, word) ?? word);
    const found: string[] = [];
    let ok = true;
    for (let i = 0; i < list.length && ok; ) {
      let step = 0;
      for (let n = Math.min(list.length - 1, list.length - i); n >= 1; n--) {
        const hit = lex.phrases.get(canon.slice(i, i + n).join(' '));
        const concept = hit?.find((value) => value !== entry.concept);
        if (concept && !isStopword(list[i]!) && !isFiller(list[i]!)) {
          if (!found.includes(concept)) found.push(concept);
          step = n;
          break;
        }
      }
      if (step === 0) ok = false;
      i += step;
    }
    if (ok && found.length >= 2) parts.set(entry.concept, found);
  }
  compositeCache = { parts };
  return compositeCache;
}

// ---------------------------------------------------------------------------------------------------
// Level and language.

const LEVEL_WORDS: Record<string, Level> = {
  pemula: 'beginner',
  dasar: 'beginner',
  beginner: 'beginner',
  beginners: 'beginner',
  basic: 'beginner',
  basics: 'beginner',
  fundamental: 'beginner',
  fundamentals: 'beginner',
  introduction: 'beginner',
  intro: 'beginner',
  introductory: 'beginner',
  pengenalan: 'beginner',
  mengenal: 'beginner',
  essentials: 'beginner',
  nol: 'beginner',
  scratch: 'beginner',
  menengah: 'intermediate',
  intermediate: 'intermediate',
  lanjutan: 'advanced',
  lanjut: 'advanced',
  advanced: 'advanced',
  advance: 'advanced',
  expert: 'advanced',
  mahir: 'advanced',
};

/**
 * Words that mark a level only as the end of a range ("dari Dasar hingga Mahir"); alone they promise
 * proficiency, as every course does ("Mahir Membuat Desain Karakter").
 */
const RANGE_ONLY = new Set(['mahir']);

function detectLevel(list: readonly string[]): Level | undefined {
  const seen = new Set<Level>();
  for (const word of list) {
    const level = LEVEL_WORDS[word];
    if (level && !RANGE_ONLY.has(word)) seen.add(level);
  }
  if (seen.size > 0) for (const word of list) if (RANGE_ONLY.has(word)) seen.add(LEVEL_WORDS[word]!);
  if (seen.has('beginner') && seen.has('advanced')) return 'all';
  if (seen.size === 0) return undefined;
  return [...seen][0];
}

const OTHER_LANGUAGE_WORDS = new Set(
  `de del la las el los y en con para como por una un le les des du et avec pour au aux em com do da dos das
   para uma e ao na no il di della per con ile ve icin bir ders egitimi temelden ileri ogren und der die das mit
   fur zum zur von ein eine`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH_HINT = new Set('the and of for with to in your how a an from on'.split(' '));
const INDONESIAN_HINT = new Set('dan untuk yang dengan bagi dari belajar membuat menjadi cara'.split(' '));

let indonesianWords: Set<string> | undefined;
/**
 * Words only the Indonesian side of the glossary spells (pajak, keuangan, pemasaran): a title made of
 * them is Indonesian even without a function word ("Brevet Pajak Terapan").
 */
function indonesianOnly(): Set<string> {
  if (!indonesianWords) {
    const english = new Set(GLOSSARY.flatMap((entry) => entry.en.flatMap((form) => words(form))));
    for (const tool of TOOLS)
      for (const alias of tool.aliases) for (const word of words(alias)) english.add(word);
    indonesianWords = new Set(
      GLOSSARY.flatMap((entry) => entry.id.flatMap((form) => words(form))).filter(
        (word) => !english.has(word) && !OTHER_LANGUAGE_WORDS.has(word) && word.length > 2,
      ),
    );
  }
  return indonesianWords;
}

function detectLanguage(text: string, list: readonly string[]): Analysis['language'] {
  const letters = text.match(/\p{L}/gu) ?? [];
  const latin = letters.filter((ch) => /[a-zA-Z\u00c0-\u024f]/.test(ch)).length;
  if (letters.length > 0 && latin / letters.length < 0.6) return 'other';
  let other = 0;
  let en = 0;
  let id = 0;
  for (const word of list) {
    if (ENGLISH_HINT.has(word)) en++;
    if (INDONESIAN_HINT.has(word) || indonesianOnly().has(word)) id++;
    // "de", "la", "e" and friends are not English; "di" is Indonesian too, so it counts for neither
    if (OTHER_LANGUAGE_WORDS.has(word) && !INDONESIAN_HINT.has(word) && word !== 'di') other++;
  }
  // diacritics typical of Spanish, Portuguese, French, Turkish, German
  if (/[ñçãõáéíóúâêôàèìòùäöüşğı]/i.test(text)) other += 2;
  if (other >= 2 && other > en) return 'other';
  return id > en ? 'id' : 'en';
}

const EXAM_WORDS = new Set('exam exams examination ujian'.split(' '));
const CERTIFICATION_WORDS = new Set(
  'certification certificate certified sertifikasi sertifikat bersertifikat brevet'.split(' '),
);

/** An exam named (exam prep, "practice test") wins over a certification named. */
function detectExam(list: readonly string[]): Analysis['exam'] {
  let certification = false;
  for (const [i, word] of list.entries()) {
    if (EXAM_WORDS.has(word) || ((word === 'test' || word === 'tests') && list[i - 1] === 'practice')) {
      return 'exam';
    }
    if (CERTIFICATION_WORDS.has(word)) certification = true;
  }
  return certification ? 'certification' : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Analysis.

export interface AnalyseOptions {
  /** Treat words after untuk/bagi/sebagai as the Prakerja occupational framing (default true). */
  framing?: boolean;
}

/** The base of a reduplicated word (`dasar-dasar` → dasar), for the stopword, filler and level lists. */
function plainWord(word: string): string {
  const dash = word.indexOf('-');
  if (dash < 0) return word;
  const a = word.slice(0, dash);
  const b = word.slice(dash + 1);
  return a === b ? a : word;
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
const PHRASE_END = /[,:;|!?()[\]{}/\u2013\u2014]+|\.(?=\s|$)|\s[-&+]\s/;

/** Indexes (into `words(text)`) of the words that start a new phrase after punctuation. */
export function phraseBreaks(text: string): Set<number> {
  const breaks = new Set<number>();
  let count = 0;
  for (const part of text.split(PHRASE_END)) {
    if (count > 0) breaks.add(count);
    count += words(part).length;
  }
  return breaks;
}

const CONJUNCTIONS = new Set(['dan', 'and', 'serta', 'atau', 'or']);

/** The brand of a tool named just before "and" at position `i`, when the next word may be its sibling. */
function sharedBrand(slots: readonly Slot[], list: readonly string[], i: number): string | undefined {
  const last = slots.at(-1);
  if (!last?.brand || last.end !== i - 1 || !CONJUNCTIONS.has(list[i - 1]!)) return undefined;
  return last.brand;
}

export function analyse(text: string, options: AnalyseOptions = {}): Analysis {
  const lex = lexicon();
  const list = words(text);
  const breaks = phraseBreaks(text);
  const plain = list.map(plainWord);
  const canon = list.map((word) => lookupWord(lex, word));
  const concepts = new Map<string, number>();
  const tools: string[] = [];
  const put = (concept: string, weight: number) => {
    if ((concepts.get(concept) ?? 0) < weight) concepts.set(concept, weight);
  };
  const framing = options.framing ?? true;
  let weight = 1;
  // what each matched word or phrase named, in order: for a class noun in front of a tool and for a
  // brand named once for two tools
  const slots: Slot[] = [];
  for (let i = 0; i < list.length; ) {
    const word = plain[i]!;
    if (framing && FRAMING_MARKERS.has(word) && i > 0) weight = FRAMING_WEIGHT;
    let matched = 0;
    // "Google Docs dan Sheets", "Adobe Premiere and After Effects": a brand named once for two tools
    const brand = sharedBrand(slots, list, i);
    for (let n = Math.min(2, list.length - i); brand && n >= 1 && !matched; n--) {
      const key = canon
        .slice(i, i + n)
        .map((value, k) => value ?? list[i + k])
        .join(' ');
      // only a word that is no tool on its own: "Google Docs and Excel" names Excel, not Google Excel
      const tool = lex.toolPhrases.has(key) ? undefined : lex.toolPhrases.get(`${brand} ${key}`);
      if (tool) {
        put(tool, weight);
        if (!tools.includes(tool)) tools.push(tool);
        slots.push({ concepts: [tool], tool, start: i, end: i + n, brand });
        matched = n;
      }
    }
    for (let n = Math.min(MAX_PHRASE, list.length - i); n >= 1 && !matched; n--) {
      const key = canon
        .slice(i, i + n)
        .map((value, k) => value ?? list[i + k])
        .join(' ');
      const tool = lex.toolPhrases.get(key);
      if (tool) {
        if (n === 1 && (isStopword(word) || COURSE_FILLER.has(word))) continue;
        put(tool, weight);
        if (!tools.includes(tool)) tools.push(tool);
        slots.push({
          concepts: [tool],
          tool,
          start: i,
          end: i + n,
          brand: n > 1 ? (canon[i] ?? list[i]) : undefined,
        });
        matched = n;
        break;
      }
      const found = lex.phrases.get(key);
      if (found) {
        // a lone stopword or filler word is never a concept, even when the glossary knows it
        if (n === 1 && (isStopword(word) || isFiller(word) || OCCUPATION_FILLER.has(word))) continue;
        for (const concept of found) put(concept, weight);
        slots.push({ concepts: found, start: i, end: i + n });
        matched = n;
      }
    }
    if (!matched) {
      matched = 1;
      if (
        !isStopword(word) &&
        !isFiller(word) &&
        !OCCUPATION_FILLER.has(word) &&
        !FRAMING_MARKERS.has(word) &&
        word.length > 1 &&
        !/^\d/.test(word)
      ) {
        put(unknownKey(list[i]!), weight);
      }
    }
    i += matched;
  }
  // a class noun right before a tool names what the tool is ("aplikasi Excel", "software Photoshop"),
  // and a generic head next to a concept names only its frame ("Manajemen Kredit", "Bisnis Katering",
  // "Supply Chain Management"): either counts as implied unless the text names it elsewhere
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
  // Indonesian puts the head of a noun phrase first: in "Poster Pemasaran Digital" (a digital-marketing
  // poster) or "Website UMKM" (a website for small businesses) the second noun qualifies the first, so it
  // weighs like the occupational framing. Not after a generic head ("Desain Arsitektur", "Manajemen
  // Kredit": the second noun is the subject), and never for a tool, which is named in apposition.
  const language = detectLanguage(text, list);
  const composites = compositeTable();
  if (language === 'id') {
    for (let k = 1; k < slots.length; k++) {
      const head = slots[k - 1]!;
      const modifier = slots[k]!;
      if (!adjacent(head, modifier, breaks) || head.tool || modifier.tool) continue;
      // a verb's noun is its object, not a modifier ("Memasarkan Produk", "Mendesain Poster")
      if (/^me/.test(list[head.start]!)) continue;
      if (head.concepts.some((c) => GENERIC_HEADS.has(c) || MODIFIED_HEADS.has(c) || !isKnownConcept(c)))
        continue;
      if (!modifier.concepts.every(isKnownConcept)) continue;
      if (slots.some((other, j) => j !== k && other.concepts.some((c) => modifier.concepts.includes(c))))
        continue;
      // together they may name one concept ("Pemasar Media Sosial": a social media marketer)
      const pair = new Set([...head.concepts, ...modifier.concepts]);
      if ([...composites.parts.values()].some((parts) => parts.every((part) => pair.has(part)))) continue;
      for (const concept of modifier.concepts) {
        concepts.set(concept, Math.min(concepts.get(concept) ?? 0, FRAMING_WEIGHT));
      }
    }
  }
  // a phrase concept also names its parts; parts named apart also make the phrase
  // ("Pemasar Media Sosial" and "Social Media Marketing" meet on all three)
  // (phrases are assembled only from concepts the text names, not from parts of another phrase:
  // "akuntansi keuangan perusahaan" is financial accounting of a company, not corporate finance)
  for (const [composite, parts] of composites.parts) {
    if (concepts.has(composite)) continue;
    const weights = parts.map((part) => concepts.get(part) ?? 0);
    if (weights.every((weight) => weight >= 0.5)) put(composite, Math.min(...weights) * PART_WEIGHT);
  }
  for (const [concept, value] of [...concepts]) {
    for (const part of composites.parts.get(concept) ?? []) put(part, value * PART_WEIGHT);
  }
  const implied = new Set<string>();
  for (const [concept, value] of [...concepts]) {
    for (const broader of [...(BROADER[concept] ?? []), ...(TOOL_SKILLS.get(concept) ?? [])]) {
      if (!concepts.has(broader)) implied.add(broader);
      put(broader, value * BROADER_WEIGHT);
    }
  }
  return {
    concepts,
    tools,
    implied,
    level: detectLevel(plain),
    language,
    exam: detectExam(plain),
  };
}

/** The token of a word no table knows: its Indonesian root when it has a clear affix, else its English stem. */
function unknownKey(word: string): string {
  if (word.includes('-')) {
    const [a = word, b = word] = word.split('-');
    if (isReduplication(a, b)) return stemIdCandidates(word).at(1) ?? a;
  }
  return stemEn(word);
}

/** Index tokens: the concepts of a text, strongest first, at most `limit`. */
export function conceptTokens(analysis: Analysis, limit = 400): string[] {
  return [...analysis.concepts.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([concept]) => concept.slice(0, 80))
    .slice(0, limit);
}

export { toolFamily };

/** True for a concept from the glossary or the tool table (not a bare unknown word). */
export function isKnownConcept(token: string): boolean {
  return knownConcepts().has(token);
}

let known: Set<string> | undefined;
function knownConcepts(): Set<string> {
  if (!known) {
    known = new Set<string>();
    for (const entry of GLOSSARY) known.add(entry.concept);
    for (const tool of TOOLS) known.add(tool.name);
  }
  return known;
}
