/**
 * Which courses of the page need a badge, asked in small batches so the first cards get theirs
 * early. Remembers what each course's badge said, to re-show them when a re-render replaces cards.
 */
import type { MatchSummary } from '../compare/summary';
import type { Language } from '../model';

export interface SummaryAnswer {
  language: Language;
  summaries: MatchSummary[];
}

export interface BadgeBatches {
  /** Courses the background just stored for this page: re-show known badges, ask for the new ones. */
  captured(ids: readonly string[]): Promise<void>;
  /** Ask again for every course on the page (the library changed). */
  refresh(): Promise<void>;
}

export function createBadgeBatches(options: {
  ask: (ids: string[]) => Promise<SummaryAnswer>;
  show: (summaries: MatchSummary[], language: Language) => Promise<void>;
  batchSize?: number;
}): BadgeBatches {
  const { ask, show, batchSize = 20 } = options;
  const known = new Map<string, MatchSummary>();
  let language: Language = 'id';
  const summarise = async (ids: readonly string[]) => {
    for (let start = 0; start < ids.length; start += batchSize) {
      const answer = await ask(ids.slice(start, start + batchSize));
      language = answer.language;
      for (const summary of answer.summaries) known.set(summary.courseId, summary);
      await show(answer.summaries, language);
    }
  };
  return {
    async captured(ids) {
      const fresh = ids.filter((id) => !known.has(id));
      await show([...known.values()], language);
      await summarise(fresh);
    },
    refresh: () => summarise([...known.keys()]),
  };
}
