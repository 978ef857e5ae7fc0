import { describe, expect, it } from 'vitest';
import { createBadgeBatches } from '@/utils/badge/batches';
import type { MatchSummary } from '@/utils/compare/summary';

const summary = (courseId: string): MatchSummary => ({
  courseId,
  title: courseId,
  side: 'prakerja',
  count: 1,
  equivalents: 0,
});

function harness(batchSize = 2) {
  const asked: string[][] = [];
  const shown: string[][] = [];
  const batches = createBadgeBatches({
    batchSize,
    ask: async (ids) => {
      asked.push(ids);
      return { language: 'en', summaries: ids.map(summary) };
    },
    show: async (summaries) => {
      shown.push(summaries.map((s) => s.courseId));
    },
  });
  return { asked, shown, batches };
}

describe('badge batches', () => {
  it('asks for new courses in batches and shows each batch as it comes', async () => {
    const { asked, shown, batches } = harness();
    await batches.captured(['a', 'b', 'c']);
    expect(asked).toEqual([['a', 'b'], ['c']]);
    expect(shown).toEqual([[], ['a', 'b'], ['c']]);
  });

  it('re-shows known badges but does not ask for them again', async () => {
    const { asked, shown, batches } = harness();
    await batches.captured(['a']);
    await batches.captured(['a', 'd']);
    expect(asked).toEqual([['a'], ['d']]);
    expect(shown.at(-2)).toEqual(['a']);
  });

  it('refresh asks again for every course the page showed', async () => {
    const { asked, batches } = harness(10);
    await batches.captured(['a', 'b']);
    await batches.refresh();
    expect(asked.at(-1)).toEqual(['a', 'b']);
  });
});
