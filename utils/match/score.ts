/**
 * Reranking: from a query analysis and a candidate, a score in 0..1 and the shared concepts.
 *   concept fit   geometric mean of the IDF-weighted coverage of the query's concepts and the share of
 *                 the candidate's own concepts that the query asks for (a tool for a skill the query asks
 *                 for, such as HTML for a website query, is neither; for a query that names no tool, a
 *                 course on the tool made for a skill it names covers that skill)
 *   title fit     Fuse.js similarity between the query's English gloss and the candidate title
 *   syllabus      concept overlap of topics and description, when both sides have them
 *   fit           level (a title that says Advanced is advanced, else the declared level), mode and
 *                 duration; another tool of the same family, or none of the query's tools when the tool
 *                 is the point, else none of the query's most specific concept; a title in
 *                 a third language; tax, law or payroll taught in another language (another country's
 *                 rules); exam preparation for a course that is not about an exam or a certification;
 *                 a candidate that shares only the query's framing, modifiers or implied concepts
 */

import { type Analysis, PART_WEIGHT } from './analyse';
import { idf } from './candidate-index';
import type { Level } from './facets';
import { isKnownConcept } from './lexicon';
import { isTool, TOOL_SKILLS, toolFamily } from './vocabulary/names';

export interface ScoreInput {
  query: Analysis;
  candidate: Analysis;
  /** Document frequency of concepts in the candidate source (missing → treated as rare). */
  df: ReadonlyMap<string, number>;
  total: number;
  /** 0..1 title similarity from Fuse.js (1 = identical), 0 when Fuse found nothing. */
  titleSimilarity: number;
  /** Optional syllabus/description analyses. */
  querySyllabus?: Analysis;
  candidateSyllabus?: Analysis;
  queryFacts?: Facts;
  candidateFacts?: Facts;
}

export interface Facts {
  level?: string;
  mode?: string;
  hours?: number;
}

export interface ScoreResult {
  score: number;
  /** Shared concepts, strongest first. */
  shared: string[];
  /** Notes on what lowered the score. */
  notes: string[];
}

const WEIGHTS = { concept: 0.85, title: 0.15 };
const SYLLABUS_SHARE = 0.2;

function conceptIdf(concept: string, df: ReadonlyMap<string, number>, total: number): number {
  const known = df.get(concept);
  // concepts the query brings that the pool never saw: as rare as a single document
  return idf(known ?? 1, Math.max(total, 2));
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
    let other = candidate.concepts.get(concept);
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
  for (const [concept, weight] of candidate.concepts) {
    const asked = query.concepts.get(concept);
    if (asked !== undefined) sharedFlat += Math.min(weight, asked);
    else if (servesQuery(concept, query)) continue;
    else restFlat += weight;
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

/** Score factor for a candidate without the query's most specific concept. */
const MISSING_FOCUS = 0.85;

/**
 * The query's most specific concept: of the known concepts it names itself (at full weight, not
 * implied), the rarest in the candidate source. Only for a query that names two or more, and only
 * when one is rarer than all the others.
 */
export function focusConcept(
  query: Analysis,
  df: ReadonlyMap<string, number>,
  total: number,
): string | undefined {
  let best: string | undefined;
  let bestIdf = -1;
  let tied = false;
  let count = 0;
  for (const concept of query.concepts.keys()) {
    if (!isCore(query, concept) || !isKnownConcept(concept)) continue;
    count++;
    const value = conceptIdf(concept, df, total);
    if (value > bestIdf) {
      best = concept;
      bestIdf = value;
      tied = false;
    } else if (value === bestIdf) {
      tied = true;
    }
  }
  // two or more, and one clearly rarest (a tie means none stands out)
  return count >= 2 && !tied ? best : undefined;
}

/** Score factor for a candidate that shares none of the concepts the query is about. */
const FRAMING_ONLY = 0.7;

/**
 * True when the candidate shares a concept the query names at full weight (its subject), not only
 * the occupational framing, a qualifying noun or a broader concept the query merely implies.
 */
export function sharesSubject(query: Analysis, candidate: Analysis): boolean {
  for (const [concept, weight] of query.concepts) {
    if (weight < 0.5) continue;
    const other = candidate.concepts.get(concept);
    if (other !== undefined) return true;
    if (query.tools.length === 0 && candidate.tools.some((tool) => TOOL_SKILLS.get(tool)?.[0] === concept))
      return true;
  }
  return false;
}

/** Score factor for an exam-preparation course against one that is not about an exam. */
const EXAM_PREP = 0.85;

/** Subjects whose content is one country's rules. */
const JURISDICTION_BOUND = new Set(['tax', 'law', 'payroll']);
/** Score factor for such a subject taught in another language (so, for another country). */
const OTHER_JURISDICTION = 0.7;

export function isJurisdictionBound(concept: string): boolean {
  return JURISDICTION_BOUND.has(concept);
}

/** A concept the text names itself, at full weight (not framing, not implied by another). */
function isCore(analysis: Analysis, concept: string): boolean {
  return (analysis.concepts.get(concept) ?? 0) >= 0.5 && !analysis.implied.has(concept);
}

/** Score factor for a candidate without the tool that is the point of the query. */
const MISSING_TOOL = 0.8;

/** True when every concept the query names, besides its tools, is a skill one of those tools is for. */
export function toolIsThePoint(query: Analysis, tools: readonly string[]): boolean {
  const skills = new Set(tools.flatMap((tool) => TOOL_SKILLS.get(tool) ?? []));
  for (const [concept, weight] of query.concepts) {
    if (weight < 0.5 || isTool(concept) || query.implied.has(concept)) continue;
    if (!skills.has(concept)) return false;
  }
  return true;
}

function levelOf(analysis: Analysis, facts?: Facts): Level | undefined {
  const declared = facts?.level?.toLowerCase() ?? '';
  // a title that says "Advanced" is advanced whatever the catalogue's level column says
  if (analysis.level === 'advanced') return 'advanced';
  if (/all|semua/.test(declared)) return analysis.level ?? 'all';
  if (/begin|pemula|dasar|intro/.test(declared)) return 'beginner';
  if (/inter|menengah|mixed/.test(declared)) return 'intermediate';
  if (/adv|expert|mahir|lanjut/.test(declared)) return 'advanced';
  return analysis.level;
}

export function score(input: ScoreInput): ScoreResult {
  const notes: string[] = [];
  const { queryCoverage, candidateCoverage, shared } = coverage(
    input.query,
    input.candidate,
    input.df,
    input.total,
  );
  // query and candidate coverage count alike: a one-concept query must not match a course that is
  // mostly about something else just because the shared concept is rare
  const concept = Math.sqrt(queryCoverage * candidateCoverage);
  let value = WEIGHTS.concept * concept + WEIGHTS.title * input.titleSimilarity * Math.sqrt(concept);
  if (shared.length > 0 && !sharesSubject(input.query, input.candidate)) {
    value *= FRAMING_ONLY;
    notes.push('shares only the framing');
  }

  if (input.querySyllabus && input.candidateSyllabus) {
    const syllabus = coverage(input.querySyllabus, input.candidateSyllabus, input.df, input.total);
    const overlap = Math.sqrt(syllabus.queryCoverage * syllabus.candidateCoverage);
    value = (1 - SYLLABUS_SHARE) * value + SYLLABUS_SHARE * overlap;
  }

  // same skill, another tool of the same family (GIMP for a Photoshop query): related at best
  const queryTools = input.query.tools.filter(isTool);
  const candidateTools = input.candidate.tools.filter(isTool);
  if (queryTools.length > 0 && candidateTools.length > 0) {
    const sameTool = queryTools.some((tool) => candidateTools.includes(tool));
    const families = new Set(queryTools.map(toolFamily));
    const rival = candidateTools.find((tool) => !queryTools.includes(tool) && families.has(toolFamily(tool)));
    if (!sameTool && rival) {
      value *= 0.7;
      notes.push(`other tool: ${rival}`);
    }
  }
  // the query names a tool the candidate does not, and the tool is the point of the query (everything
  // else it names is what the tool is for: "Desain Grafis Adobe Photoshop"): related at best
  if (
    queryTools.length > 0 &&
    !queryTools.some((tool) => input.candidate.concepts.has(tool)) &&
    toolIsThePoint(input.query, queryTools)
  ) {
    value *= MISSING_TOOL;
    notes.push(`without ${queryTools[0]}`);
  } else {
    // the query's most specific concept (the rarest it names itself) is what sets it apart; a candidate
    // without it, not even implied, shares only the query's more general side
    const focus = focusConcept(input.query, input.df, input.total);
    if (focus && !input.candidate.concepts.has(focus)) {
      value *= MISSING_FOCUS;
      notes.push(`without ${focus}`);
    }
  }

  // tax, law and payroll are taught for one country's rules: an Indonesian course on them and a course
  // titled in another language teach different rules, so the pair is related at best
  const bound = shared.find((concept) => isJurisdictionBound(concept) && isCore(input.query, concept));
  if (bound && input.query.language !== input.candidate.language) {
    value *= OTHER_JURISDICTION;
    notes.push(`${bound} of another country`);
  }

  if (input.candidate.language === 'other') {
    value *= 0.7;
    notes.push('title in another language');
  }

  // exam preparation is related at best to a course that is not about an exam or a certification
  if (input.candidate.exam === 'exam' && !input.query.exam) {
    value *= EXAM_PREP;
    notes.push('exam preparation');
  }

  const queryLevel = levelOf(input.query, input.queryFacts);
  const candidateLevel = levelOf(input.candidate, input.candidateFacts);
  if (queryLevel === 'beginner' && candidateLevel === 'advanced') {
    value *= 0.85;
    notes.push('advanced course for a beginner one');
  } else if (queryLevel === 'advanced' && candidateLevel === 'beginner') {
    value *= 0.92;
    notes.push('beginner course for an advanced one');
  } else if (queryLevel === 'all' && (candidateLevel === 'advanced' || candidateLevel === 'intermediate')) {
    // a basics-to-advanced course starts from zero; one that starts further on leaves the basics out
    value *= 0.92;
    notes.push(`${candidateLevel} course for a basics-to-advanced one`);
  }

  const { mode: queryMode, hours: queryHours } = input.queryFacts ?? {};
  const { mode: candidateMode, hours: candidateHours } = input.candidateFacts ?? {};
  if (queryMode && candidateMode && queryMode !== candidateMode) {
    const live = (mode: string) => mode === 'webinar' || mode === 'offline';
    if (live(queryMode) !== live(candidateMode)) value *= 0.97;
  }
  if (queryHours && candidateHours) {
    const ratio = Math.max(queryHours, candidateHours) / Math.min(queryHours, candidateHours);
    if (ratio > 8) {
      value *= 0.93;
      notes.push('very different length');
    }
  }
  return { score: Math.max(0, Math.min(1, value)), shared, notes };
}
