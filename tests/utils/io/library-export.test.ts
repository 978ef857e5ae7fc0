import { afterEach, describe, expect, it } from 'vitest';
import { exportRows } from '@/utils/io/library-export';
import { BandinginDb } from '@/utils/library/db';
import { storeCaptured } from '@/utils/library/store';
import { type CapturedCourse, Settings } from '@/utils/model';

const db = new BandinginDb('library-export-test');
afterEach(() => db.delete().then(() => db.open()));

const course = (slug: string, amount: number): CapturedCourse => ({
  site: 'udemy',
  side: 'alternative',
  url: `https://www.udemy.com/course/${slug}/`,
  title: `Course ${slug}`,
  price: { amount, currency: 'USD' },
  source: 'page',
  extractor: 'jsonld@1',
});

describe('price history export', () => {
  it('lists every price each course was seen at, in long format, with the current one last', async () => {
    await storeCaptured(db, [course('b', 10), course('a', 20)], Date.UTC(2026, 0, 1));
    await storeCaptured(db, [course('b', 12)], Date.UTC(2026, 1, 1));
    const { columns, rows } = await exportRows(db, 'price-history', Settings.parse({}));
    expect(columns).toEqual(['course_id', 'site', 'title', 'at', 'amount', 'currency', 'amount_idr']);
    expect(rows.map((row) => [row.course_id, row.at, row.amount])).toEqual([
      ['udemy:/course/a', '2026-01-01T00:00:00.000Z', 20],
      ['udemy:/course/b', '2026-01-01T00:00:00.000Z', 10],
      ['udemy:/course/b', '2026-02-01T00:00:00.000Z', 12],
    ]);
    expect(rows[0]).toMatchObject({ site: 'udemy', title: 'Course a', currency: 'USD' });
    expect(rows[0]?.amount_idr).toBeGreaterThan(20);
  });
});
