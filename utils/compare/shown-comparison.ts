/**
 * A comparison as a screen shows it: each match with what the two courses' syllabi share, and, when
 * nothing matched a Prakerja course, searches on the alternative sites. Made where the comparison
 * is (the background), so the popup's code holds no matcher: the vocabulary is most of its weight.
 */
import type { Course } from '../model';
import { type SearchLink, searchLinks } from './cold-start';
import type { Comparison } from './comparison';
import { compareTopics, type TopicsComparison } from './topics';

export type ShownMatch = Comparison<Course>['matches'][number] & { topics?: TopicsComparison };

export interface ShownComparison {
  from: Course;
  matches: ShownMatch[];
  /** Searches on the alternative sites, for a Prakerja course nothing matched. */
  searches?: SearchLink[];
}

export function showComparison(comparison: Comparison<Course>): ShownComparison {
  const { from } = comparison;
  return {
    from,
    matches: comparison.matches.map((match) => {
      const topics = compareTopics(from, match.record);
      return topics ? { ...match, topics } : match;
    }),
    ...(comparison.matches.length === 0 && from.side === 'prakerja' && { searches: searchLinks(from.title) }),
  };
}
