/**
 * The generic extractors, in the order the pipeline runs them after a site's adapter: structured data
 * first (it says what it means), then the heuristics (they guess).
 */
import { appStateExtractor } from './app-state';
import { jsonLdExtractor } from './jsonld';
import { labelExtractor } from './labels';
import { listingExtractor } from './listing';
import { microdataExtractor } from './microdata';
import { openGraphExtractor } from './opengraph';
import { tableExtractor } from './tables';
import type { Extractor } from './types';

export const GENERIC_EXTRACTORS: readonly Extractor[] = [
  jsonLdExtractor,
  microdataExtractor,
  appStateExtractor,
  openGraphExtractor,
  tableExtractor,
  listingExtractor,
  labelExtractor,
];
