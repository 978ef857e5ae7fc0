/**
 * Index tokens for a course: what the `*tokens` multiEntry index holds and what candidate retrieval
 * looks up. They are language-neutral concept tokens (see concepts.ts): "Desain Grafis" and
 * "Graphic Design" both give `graphic design`; tool names stay whole; unknown words keep their stem.
 * Title and syllabus give every concept; the description adds only the concepts the glossary knows,
 * so a long blurb cannot flood the index.
 */
import { LIMITS } from '../limits';
import { analyse, conceptTokens, isKnownConcept } from './concepts';

export interface TokenSource {
  title: string;
  topics?: readonly string[];
  description?: string;
}

/** Tokens at most this long fit the model's token schema. */
const MAX_TOKEN = 80;

export function courseTokens(source: TokenSource): string[] {
  const main = analyse([source.title, ...(source.topics ?? []).slice(0, 100)].join(' . '));
  const tokens = conceptTokens(main, LIMITS.tokens);
  if (source.description) {
    const extra = analyse(source.description.slice(0, 4000), { framing: false });
    for (const token of conceptTokens(extra, LIMITS.tokens)) {
      if (!tokens.includes(token) && isKnownConcept(token)) tokens.push(token);
    }
  }
  return tokens.map((token) => token.slice(0, MAX_TOKEN)).slice(0, LIMITS.tokens);
}
