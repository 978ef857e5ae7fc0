import { describe, expect, it } from 'vitest';
import { explainMisses } from '../../scripts/eval-match';

const POOL = [
  { id: 'udemy:1', title: 'Graphic Design Basics' },
  { id: 'udemy:2', title: 'Learn Guitar in 21 Days' },
  { id: 'udemy:3', title: 'Double Entry Bookkeeping' },
];

const label = (equivalent: string[]) => ({
  query_id: 'prakerja:0',
  query_title: 'Belajar Desain Grafis untuk Pemula',
  equivalent,
  related: [],
});

describe('explainMisses', () => {
  it('lists the top of a query that misses an equivalent, the miss and where it ranked', async () => {
    const lines = await explainMisses([label(['udemy:1', 'udemy:2'])], POOL, []);
    expect(lines[0]).toContain('prakerja:0');
    expect(lines[0]).toContain('(1/2 in the top 10)');
    expect(lines.some((line) => / 1 E .*Graphic Design Basics/.test(line))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(/missed \(not in the top 50\) Learn Guitar in 21 Days/),
    );
  });

  it('says nothing about a query whose equivalents are all in the top 10, or that has none', async () => {
    expect(await explainMisses([label(['udemy:1']), label([])], POOL, [])).toEqual([]);
  });
});
