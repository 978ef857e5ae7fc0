/** The stopword and filler lists now live in vocabulary/stopwords.ts; this path is kept for callers outside utils/match. */
export * from './vocabulary/stopwords';
