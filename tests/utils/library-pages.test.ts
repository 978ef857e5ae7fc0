import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/db';
import { type PageRequest, pageKeyOf, readLibraryPage } from '@/utils/library-pages';
import type { Course } from '@/utils/model';

let db: BandinginDb;
beforeEach(async () => {
  db = new BandinginDb(`pages-${Math.random()}`);
  // 23 courses; several share a lastSeen, as courses captured from one listing do.
  const courses: Course[] = Array.from({ length: 23 }, (_, i) => ({
    id: `s:${String(i).padStart(2, '0')}`,
    site: 's',
    side: 'alternative',
    url: `https://example.com/${i}`,
    title: `Course ${i}`,
    firstSeen: 0,
    lastSeen: Math.floor(i / 4),
    source: 'page',
    extractor: 'test',
    tokens: [],
  }));
  await db.courses.bulkPut(courses);
});
afterEach(() => db.delete());

const ids = (courses: Course[]) => courses.map((course) => course.id.slice(2));

describe('readLibraryPage', () => {
  it('walks forward and back over pages without gaps or repeats, ties included', async () => {
    const seen: string[] = [];
    let request: PageRequest = { kind: 'first' };
    const pages: Course[][] = [];
    for (;;) {
      const page = await readLibraryPage(db, request, 5);
      if (page.length === 0) break;
      pages.push(page);
      seen.push(...ids(page));
      request = { kind: 'after', key: pageKeyOf(page[page.length - 1]!) };
    }
    expect(seen).toEqual(Array.from({ length: 23 }, (_, i) => String(22 - i).padStart(2, '0')));
    const back = await readLibraryPage(db, { kind: 'before', key: pageKeyOf(pages[2]![0]!) }, 5);
    expect(ids(back)).toEqual(ids(pages[1]!));
  });

  it('reads the last page directly, newest first', async () => {
    expect(ids(await readLibraryPage(db, { kind: 'last', size: 3 }, 5))).toEqual(['02', '01', '00']);
  });
});
