import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leanParser } from '@/utils/io/lean-parse';
import { ImportedCourse } from '@/utils/model';

/** Values each field may take: valid ones, wrong ones, and missing. */
const anything = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 5 }),
  fc.constantFrom('udemy', 'alternative', 'prakerja', 'import', 'https://x.id/a', 'javascript:x', ' '),
  fc.integer({ min: -2, max: 3 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant({ amount: 10, currency: 'USD' }),
  fc.constant({ amount: -1, currency: 'usd' }),
  fc.constant(['excel']),
);
const row = fc.dictionary(fc.constantFrom(...Object.keys(ImportedCourse.shape), 'extra'), anything);
const defined = (data: object) => Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));

describe('leanParser', () => {
  const lean = leanParser(ImportedCourse);

  it('passes and fails every row as the whole schema does, with the same issues and data', () => {
    fc.assert(
      fc.property(row, (value) => {
        const full = ImportedCourse.safeParse(value);
        const fast = lean(value);
        expect(fast.success).toBe(full.success);
        if (full.success && fast.success) expect(defined(fast.data)).toEqual(defined(full.data));
        else
          expect(fast.error?.issues.map((i) => [i.path, i.code])).toEqual(
            full.error?.issues.map((i) => [i.path, i.code]),
          );
      }),
      { numRuns: 2000 },
    );
  });

  it('parses a valid catalogue row with only its own fields', () => {
    const value = {
      key: '1',
      title: ' Excel ',
      site: 'udemy',
      side: 'alternative',
      source: 'import',
      extractor: 'import:x.csv',
      price: { amount: 10, currency: 'USD' },
      provider: undefined,
    };
    expect(lean(value)).toEqual({ success: true, data: { ...defined(value), title: 'Excel' } });
    expect(lean({ ...value, title: undefined }).success).toBe(false);
    expect(lean('not a row').success).toBe(false);
  });
});
