/**
 * The lexicon: every spelling in the glossary and the name tables, reachable by its stems, mapped to
 * one canonical word; phrases of canonical words mapped to concepts and names. `lookupWord` is the one
 * way a word of a title reaches the vocabulary.
 */
import { words } from './normalise';
import { stemEn } from './stem-en';
import { stemIdCandidates } from './stem-id';
import { GLOSSARY } from './vocabulary/glossary';
import { FALLBACK_ID_EN } from './vocabulary/lexicon.generated';
import { TOOLS } from './vocabulary/names';
import { isFiller, isStopword } from './vocabulary/stopwords';

export interface Lexicon {
  /** word variant (raw or stemmed) → canonical word */
  canonical: Map<string, string>;
  /** canonical phrase (words joined by a space) → concepts */
  phrases: Map<string, string[]>;
  /** canonical phrases that name a tool */
  toolPhrases: Map<string, string>;
  /** tool phrases that are ordinary words too: a name only next to a context word ("bahasa Go") */
  ambiguous: Set<string>;
  /** words spelt only by names (not by the glossary): reached by their exact spelling only */
  nameOnly: Set<string>;
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
  const nameOnly = new Set([...toolWords].filter((word) => !GLOSSARY_WORDS().has(word)));
  const lexicon: Lexicon = {
    canonical,
    phrases: new Map(),
    toolPhrases: new Map(),
    ambiguous: new Set(),
    nameOnly,
  };
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
  // spellings that are ordinary words too ("go", "r"): names only next to a context word
  for (const tool of TOOLS) {
    for (const form of tool.ambiguous ?? []) {
      const key = keyOf(form);
      if (lexicon.toolPhrases.has(key)) continue;
      lexicon.toolPhrases.set(key, tool.name);
      lexicon.ambiguous.add(key);
    }
  }
  return lexicon;
}

const memo = new Map<string, string | null>();

export function lookupWord(lexicon: Lexicon, word: string): string | undefined {
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
  // a name is matched as spelled: "Booster" is not Boost, "fingers" not Fing
  const en = lexicon.canonical.get(stemEn(word));
  if (en && !lexicon.nameOnly.has(en)) return en;
  for (const root of stemIdCandidates(word)) {
    const found = lexicon.canonical.get(root);
    if (found && !lexicon.nameOnly.has(found)) return found;
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
export function lexicon(): Lexicon {
  cached ??= buildLexicon();
  return cached;
}

/** Glossary phrase concepts whose words are themselves two or more concepts: "social media marketing". */
let compositeCache: { parts: Map<string, string[]> } | undefined;
export function compositeTable(): { parts: Map<string, string[]> } {
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

let fallback: Map<string, readonly string[]> | undefined;
/**
 * The English senses of an Indonesian word from the fallback lexicon (FreeDict), for the word or the
 * first of its plausible roots that the lexicon has; undefined when none has.
 */
export function fallbackSenses(word: string): readonly string[] | undefined {
  const direct = fallbackTable().get(word);
  if (direct) return direct;
  for (const root of stemIdCandidates(word)) {
    const found = fallbackTable().get(root);
    if (found) return found;
  }
  return undefined;
}

/** True for a word the fallback lexicon lists as Indonesian (spelt as it is, no affix removed). */
export function isFallbackWord(word: string): boolean {
  return fallbackTable().has(word);
}

function fallbackTable(): Map<string, readonly string[]> {
  if (!fallback) {
    fallback = new Map();
    for (const line of FALLBACK_ID_EN.split('\n')) {
      const eq = line.indexOf('=');
      if (eq > 0) fallback.set(line.slice(0, eq), line.slice(eq + 1).split(','));
    }
  }
  return fallback;
}
