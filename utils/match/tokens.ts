/**
 * Index tokens for a course: what the `*tokens` multiEntry index holds and what candidate retrieval
 * looks up. They are language-neutral concept tokens (see concepts.ts): "Desain Grafis" and
 * "Graphic Design" both give `graphic design`; tool names stay whole; unknown words keep their stem.
 * A concept the title or syllabus names is a strong token (`graphic design`); a concept it only implies
 * (the broader concept of a narrower one, the skill of a named tool) or that only the description
 * mentions is a weak token (`~graphic design`), so retrieval can rank a course that is about a concept
 * above one that merely touches it. The description adds only concepts the glossary knows, so a long
 * blurb cannot flood the index.
 */
import { LIMITS } from '../limits';
import { analyseConcepts, conceptTokens } from './analyse';
import { isKnownConcept } from './lexicon';

/**
 * Bump whenever `courseTokens` gives different tokens for the same course, so stored courses are
 * re-indexed. 1: concept tokens. 2: weak `~` tokens for implied and description-only concepts.
 * 3: glossary and tool-table changes (see the git log of utils/match). 4: a free-standing & or +
 * joins two subjects ("Website & SEO"), so the second is no longer weighed as a modifier.
 * 5: "security" alone (and "securities") no longer reads as cyber security. 6: English
 * "principles" and "concepts" are course filler. 7: "hacking" alone (and "hacks") no longer
 * reads as cyber security. 8: "foundations" and the "crash" of "crash course" are course filler.
 * 9: "graphics" alone no longer reads as graphic design. 10: names from linguist-languages and
 * simple-icons, ambiguous names next to a context word ("bahasa Go"), the fallback Indonesian →
 * English lexicon, loanword respelling and swapped-letter typos for words no table knows,
 * "terapan"/"applied" as a concept, the title's own language and qualification ranks as non-subjects,
 * English word order for English words in Indonesian titles, "Aplikasi" as a frame.
 */
export const TOKENS_VERSION = 10;

export interface TokenSource {
  title: string;
  topics?: readonly string[];
  description?: string;
}

/** Tokens at most this long fit the model's token schema. */
const MAX_TOKEN = 80;
/** Prefix of a weak token. */
export const WEAK = '~';
/** A concept weighs at least this much in the title or syllabus to be a strong token. */
const STRONG_WEIGHT = 0.5;

/** The weak form of a concept token. */
export function weakToken(token: string): string {
  let weak = weakMemo.get(token);
  if (weak === undefined) {
    if (weakMemo.size >= 50_000) weakMemo.clear();
    weak = `${WEAK}${token}`.slice(0, MAX_TOKEN);
    weakMemo.set(token, weak);
  }
  return weak;
}

/** concept → its weak token: the same concepts recur on every course, and the index hashes each new string. */
const weakMemo = new Map<string, string>();

export function courseTokens(source: TokenSource): string[] {
  const topics = source.topics?.slice(0, 100) ?? [];
  const main = analyseConcepts(topics.length > 0 ? [source.title, ...topics].join(' . ') : source.title);
  const tokens: string[] = [];
  // (only a description can repeat a concept)
  const seen = source.description ? new Set<string>() : undefined;
  for (const token of conceptTokens(main, LIMITS.tokens)) {
    seen?.add(token);
    tokens.push((main.concepts.get(token) ?? 0) >= STRONG_WEIGHT ? token : weakToken(token));
  }
  if (seen && source.description) {
    const extra = analyseConcepts(source.description.slice(0, 4000), { framing: false });
    for (const token of conceptTokens(extra, LIMITS.tokens)) {
      if (!seen.has(token) && isKnownConcept(token)) {
        seen.add(token);
        tokens.push(weakToken(token));
      }
    }
  }
  return tokens.map((token) => token.slice(0, MAX_TOKEN)).slice(0, LIMITS.tokens);
}
