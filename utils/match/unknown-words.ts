/**
 * Words no table knows: an Indonesian word goes through the fallback lexicon (FreeDict) or, failing
 * that, its loanword respelling; a swapped-letter typo of a glossary word or a curated name is read as
 * that word; what is left becomes an unknown-word key (its stem), which still counts as content.
 */
import { fallbackSenses, isKnownConcept, type Lexicon, lookupWord } from './lexicon';
import { isReduplication } from './normalise';
import { transliterate, untransposed } from './spelling';
import { stemEn } from './stem-en';
import { stemIdCandidates } from './stem-id';
import { CURATED_NAMES } from './vocabulary/names';
import { FRAMING_MARKERS, isFiller, isStopword, OCCUPATION_FILLER } from './vocabulary/stopwords';

/** Longest phrase of the glossary or the name table looked up, in words. */
export const MAX_PHRASE = 4;

/** The base of a reduplicated word (`dasar-dasar` → dasar), for the stopword, filler and level lists. */
export function plainWord(word: string): string {
  const dash = word.indexOf('-');
  if (dash < 0) return word;
  const a = word.slice(0, dash);
  const b = word.slice(dash + 1);
  return a === b ? a : word;
}

/**
 * In an Indonesian text, each word neither the glossary nor the name table knows (nor a stopword) is
 * replaced by its English translation from the fallback lexicon, so it meets English titles; the
 * translation's other senses are kept as alternatives of the word's position.
 */
export function translateUnknown(
  lex: Lexicon,
  list: readonly string[],
): { list: string[]; senses: Map<number, readonly string[]> } {
  const out = [...list];
  const senses = new Map<number, readonly string[]>();
  const canon = list.map((word) => lookupWord(lex, word) ?? word);
  // most titles have no word to translate: find them before looking at phrases
  const open = list.filter((word, i) => {
    const base = plainWord(word);
    return !(
      lex.phrases.has(canon[i]!) ||
      lex.toolPhrases.has(canon[i]!) ||
      isStopword(base) ||
      isFiller(base) ||
      FRAMING_MARKERS.has(base) ||
      OCCUPATION_FILLER.has(base)
    );
  });
  if (open.length === 0) return { list: out, senses };
  // words inside a phrase the glossary or the name table knows ("perawatan kulit") stay as they are
  const covered = new Set<number>();
  for (let i = 0; i < list.length; i++) {
    for (let n = Math.min(MAX_PHRASE, list.length - i); n >= 2; n--) {
      const key = canon.slice(i, i + n).join(' ');
      if (lex.phrases.has(key) || lex.toolPhrases.has(key)) {
        for (let k = i; k < i + n; k++) covered.add(k);
        break;
      }
    }
  }
  list.forEach((word, i) => {
    const base = plainWord(word);
    if (covered.has(i) || lex.phrases.has(canon[i]!) || lex.toolPhrases.has(canon[i]!)) return;
    if (isStopword(base) || isFiller(base) || FRAMING_MARKERS.has(base) || OCCUPATION_FILLER.has(base))
      return;
    const found = fallbackSenses(word);
    if (found) {
      out[i] = found[0]!;
      if (found.length > 1) senses.set(i, found.slice(1));
      return;
    }
    // a loanword the dictionary does not list: its English spelling ("virtualisasi")
    const english = transliterate(word);
    if (english) out[i] = english;
  });
  return { list: out, senses };
}

/** A word no table knows that is a known word with two adjacent letters swapped, as that word. */
export function correctTypo(lex: Lexicon, word: string): string {
  const known = typoMemo.get(word);
  if (known !== undefined) return known;
  if (typoMemo.size > 50_000) typoMemo.clear();
  const corrected =
    lookupWord(lex, word) !== undefined || lex.toolPhrases.has(word) || isStopword(word) || isFiller(word)
      ? word
      : repairTypo(lex, word);
  typoMemo.set(word, corrected);
  return corrected;
}

/** word → what correctTypo makes of it (the word itself when it is known or no swap helps). */
const typoMemo = new Map<string, string>();

function repairTypo(lex: Lexicon, word: string): string {
  // only towards the glossary and the curated names: a swap must not turn a word into a brand
  curatedSpellings ??= new Set(
    CURATED_NAMES.flatMap((name) => name.aliases).filter((alias) => /^[a-z]+$/.test(alias)),
  );
  const curated = curatedSpellings;
  const known = (candidate: string) =>
    curated.has(candidate) || (lex.canonical.has(candidate) && !lex.nameOnly.has(candidate));
  return untransposed(word, known) ?? word;
}

/** One-word spellings of the curated names ("javascript", "kotlin"), for typo repair. */
let curatedSpellings: Set<string> | undefined;

/** The concept an English word reaches through the lexicon, else its unknown-word key. */
export function englishConcept(lex: Lexicon, word: string): string | undefined {
  if (isStopword(word) || isFiller(word)) return undefined;
  const canonical = lookupWord(lex, word);
  return (canonical && lex.phrases.get(canonical)?.[0]) ?? unknownKey(word);
}

/**
 * The concept token of a word no table matched: its unknown-word key, or the word itself when that key
 * spells a known concept or name ("canvas" is not Canva).
 */
export function unknownToken(word: string): string {
  const stem = unknownKey(word);
  return isKnownConcept(stem) && stem !== word ? word : stem;
}

/** The token of a word no table knows: its Indonesian root when it has a clear affix, else its English stem. */
export function unknownKey(word: string): string {
  if (word.includes('-')) {
    const [a = word, b = word] = word.split('-');
    if (isReduplication(a, b)) return stemIdCandidates(word).at(1) ?? a;
  }
  return stemEn(word);
}
