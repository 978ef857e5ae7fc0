/**
 * Coverage, both ways: how much of the query a candidate covers (IDF-weighted) and how much of the
 * candidate is what the query asks for; which concepts one side names that the other lacks; and
 * what counts as covering (the concept itself, another sense of a translated word, a tool made for a
 * skill the query names).
 */
import { type Analysis, PART_WEIGHT } from './analyse';
import { idf } from './candidate-index';
import { isTool, TOOL_SKILLS } from './vocabulary/names';

/** Weight of a name on the candidate side that the query does not name, against a concept's 1. */
const NAME_WEIGHT = 2;

export function conceptIdf(concept: string, df: ReadonlyMap<string, number>, total: number): number {
  const known = df.get(concept);
  // concepts the query brings that the pool never saw: as rare as a single document
  return idf(known ?? 1, Math.max(total, 2));
}

/** A concept the text names itself, at full weight (not framing, not implied by another). */
export function isCore(analysis: Analysis, concept: string): boolean {
  return (analysis.concepts.get(concept) ?? 0) >= 0.5 && !analysis.implied.has(concept);
}

/**
 * The candidate's weight for a concept of the query: the concept itself or, for a word the fallback
 * lexicon translated, any of its other senses.
 */
export function presentIn(candidate: Analysis, query: Analysis, concept: string): number | undefined {
  const direct = candidate.concepts.get(concept);
  if (direct !== undefined) return direct;
  let best: number | undefined;
  for (const sense of query.alternatives?.get(concept) ?? []) {
    const value = candidate.concepts.get(sense);
    if (value !== undefined && (best === undefined || value > best)) best = value;
  }
  return best;
}

export function coverage(
  query: Analysis,
  candidate: Analysis,
  df: ReadonlyMap<string, number>,
  total: number,
): { queryCoverage: number; candidateCoverage: number; shared: string[] } {
  let shared = 0;
  let queryTotal = 0;
  const contributions: Array<[string, number]> = [];
  for (const [concept, weight] of query.concepts) {
    const w = weight * conceptIdf(concept, df, total);
    queryTotal += w;
    let other = presentIn(candidate, query, concept);
    // a query that names a skill and no tool is served by a course on the tool made for that skill
    // (HTML for a website, Photoshop for photo editing): the skill counts as a part of the course
    if (query.tools.length === 0 && (other ?? 0) < PART_WEIGHT && isCore(query, concept)) {
      if (candidate.tools.some((tool) => TOOL_SKILLS.get(tool)?.[0] === concept)) other = PART_WEIGHT;
    }
    if (other !== undefined) {
      const gain = Math.min(weight, Math.max(other, 0.5)) * conceptIdf(concept, df, total);
      shared += gain;
      contributions.push([concept, gain]);
    }
  }
  // the candidate side counts concepts as equals (its own concepts' IDF is not looked up): how much of
  // what the candidate is about is what the query is about. A tool for a skill the query asks for is
  // the means to it, not another subject, so it counts neither way.
  let sharedFlat = 0;
  let restFlat = 0;
  const senses = new Map<string, number>();
  for (const [concept, weight] of query.concepts)
    for (const sense of query.alternatives?.get(concept) ?? []) senses.set(sense, weight);
  for (const [concept, weight] of candidate.concepts) {
    const asked = query.concepts.get(concept) ?? senses.get(concept);
    if (asked !== undefined) sharedFlat += Math.min(weight, asked);
    else if (servesQuery(concept, query)) continue;
    // a name the query does not ask for (a product, a platform) says more about what the candidate is
    // than a general concept does
    else restFlat += weight * (isTool(concept) ? NAME_WEIGHT : 1);
  }
  return {
    queryCoverage: queryTotal > 0 ? shared / queryTotal : 0,
    candidateCoverage: shared > 0 && sharedFlat > 0 ? sharedFlat / (sharedFlat + restFlat) : 0,
    shared: contributions
      .filter(([, gain]) => gain > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([concept]) => concept),
  };
}

/**
 * True when a candidate's concept is a tool for a skill the query names (HTML for a website query,
 * Photoshop for a photo-editing one): the means to what is asked, so not something else the candidate is about.
 */
export function servesQuery(concept: string, query: Analysis): boolean {
  const skills = TOOL_SKILLS.get(concept);
  if (!skills) return false;
  return skills.some(
    (skill) => !isTool(skill) && (query.concepts.get(skill) ?? 0) >= 0.5 && !query.implied.has(skill),
  );
}

/** How many concepts the query names itself (core, not implied) the candidate does not have. */
export function missingCore(query: Analysis, candidate: Analysis): number {
  let count = 0;
  for (const concept of query.concepts.keys()) {
    if (!isCore(query, concept) || presentIn(candidate, query, concept) !== undefined) continue;
    // a query that names a skill and no tool is served by a course on the tool made for that skill
    if (query.tools.length === 0 && candidate.tools.some((tool) => TOOL_SKILLS.get(tool)?.[0] === concept))
      continue;
    count++;
  }
  return count;
}

/**
 * How many concepts the candidate names itself that the query neither names nor implies (a tool
 * made for a skill the query asks for, or another sense of a translated word, is not extra).
 */
export function extraCore(query: Analysis, candidate: Analysis): number {
  const senses = new Set([...(query.alternatives?.values() ?? [])].flat());
  let count = 0;
  for (const concept of candidate.concepts.keys()) {
    if (!isCore(candidate, concept) || query.concepts.has(concept) || senses.has(concept)) continue;
    if (servesQuery(concept, query)) continue;
    count++;
  }
  return count;
}
