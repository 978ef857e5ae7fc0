/**
 * What the analysis needs to know of one word, worked out once per distinct word: catalogues repeat
 * their words constantly, and each fact is otherwise a lookup in its own table on every title.
 */
import { languageHints } from './facets';
import { type Lexicon, lookupWord } from './lexicon';
import { type PhraseNode, phraseTrie } from './phrase-trie';
import { correctTypo, plainWord, unknownToken } from './unknown-words';
import { FRAMING_MARKERS, isFiller, isStopword, OCCUPATION_FILLER } from './vocabulary/stopwords';

export interface WordInfo {
  word: string;
  /** `plainWord(word)`: the base of a reduplication, what the stopword and filler lists hold. */
  plain: string;
  /** `lookupWord(word)`: the canonical spelling, when the lexicon knows the word. */
  canon: string | undefined;
  /** The phrase trie's node of the word (canonical, else as written), when a phrase starts with it. */
  phrase: PhraseNode | undefined;
  /** `languageHints(word)`. */
  hints: number;
  /** Of the plain word: a stopword, course filler, a framing marker, occupation filler. */
  stopword: boolean;
  filler: boolean;
  framing: boolean;
  occupation: boolean;
  /** The plain word may stand for content when nothing matched it: none of the above, no digit first, longer than one letter. */
  content: boolean;
  /** `unknownToken(word)`, worked out when first needed. */
  token: string | undefined;
}

/** Entries each memo holds before it is emptied, so a long-running background stays small. */
const MEMO_LIMIT = 50_000;

let memo: { lex: Lexicon; asIs: Map<string, WordInfo>; written: Map<string, WordInfo> } | undefined;

function memos(lex: Lexicon): NonNullable<typeof memo> {
  if (memo?.lex !== lex) memo = { lex, asIs: new Map(), written: new Map() };
  return memo;
}

function describe(lex: Lexicon, word: string): WordInfo {
  const plain = plainWord(word);
  const canon = lookupWord(lex, word);
  const stopword = isStopword(plain);
  const filler = isFiller(plain);
  const framing = FRAMING_MARKERS.has(plain);
  return {
    word,
    plain,
    canon,
    phrase: phraseTrie(lex).get(canon ?? word),
    hints: languageHints(word),
    stopword,
    filler,
    framing,
    occupation: OCCUPATION_FILLER.has(plain),
    content: !stopword && !filler && !framing && plain.length > 1 && !/^\d/.test(plain),
    // (set now, filled later: a field added later would give the objects two shapes)
    token: undefined,
  };
}

/** The facts of a word taken as it is. */
export function wordInfo(lex: Lexicon, word: string): WordInfo {
  const { asIs } = memos(lex);
  let info = asIs.get(word);
  if (!info) {
    if (asIs.size >= MEMO_LIMIT) asIs.clear();
    info = describe(lex, word);
    asIs.set(word, info);
  }
  return info;
}

/** The facts of a word as a text spells it: of the known word it garbles, when it is a swapped-letter typo. */
export function writtenWordInfo(lex: Lexicon, word: string): WordInfo {
  const { written } = memos(lex);
  let info = written.get(word);
  if (!info) {
    if (written.size >= MEMO_LIMIT) written.clear();
    info = wordInfo(lex, correctTypo(lex, word));
    written.set(word, info);
  }
  return info;
}

/** The concept token of a word no table matched (see `unknownToken`). */
export function tokenOf(info: WordInfo): string {
  info.token ??= unknownToken(info.word);
  return info.token;
}

const NO_PHRASES: readonly PhraseNode[] = [];

/** The trie nodes of the phrases starting at word `i` (node k spans k + 1 words), at most `max` words. */
export function phrasesAt(infos: readonly WordInfo[], i: number, max: number): readonly PhraseNode[] {
  let node = infos[i]?.phrase;
  // most words start no phrase
  if (!node) return NO_PHRASES;
  const path: PhraseNode[] = [];
  for (let k = i + 1; node; k++) {
    path.push(node);
    if (k - i >= max || k >= infos.length || !node.next) break;
    const next = infos[k]!;
    node = node.next.get(next.canon ?? next.word);
  }
  return path;
}
