/**
 * The concept analysis of a title, as code outside utils/match imports it: `analyse` and its types.
 * The work is split by job: lexicon.ts (the vocabulary reachable by stems), facets.ts (level, language,
 * exam) and analyse.ts (the analysis itself).
 */
export {
  type AnalyseOptions,
  type Analysis,
  analyse,
  BROADER_WEIGHT,
  conceptTokens,
  FRAMING_WEIGHT,
  PART_WEIGHT,
  phraseBreaks,
} from './analyse';
export type { Level } from './facets';
export { isKnownConcept } from './lexicon';
export { toolFamily } from './vocabulary/names';
