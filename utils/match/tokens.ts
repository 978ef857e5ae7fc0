/**
 * Index tokens for a course: what the `*tokens` multiEntry index holds and what candidate
 * retrieval looks up. This first version is plain lower-cased words; the matching engine
 * replaces it with concept tokens (stemmed, glossary-mapped, ID and EN).
 */
export interface TokenSource {
  title: string;
  topics?: readonly string[];
  description?: string;
}

const WORD = /[\p{L}\p{N}+#]+/gu;

export function courseTokens(source: TokenSource): string[] {
  const words = source.title.toLowerCase().normalize('NFKD').match(WORD) ?? [];
  return [...new Set(words.filter((word) => word.length > 1))].slice(0, 400);
}
