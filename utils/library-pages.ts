/**
 * The library, newest first, a page at a time by keyset: each page is one range read on the
 * [lastSeen+id] index, so the last page of 100k courses costs what the first one does
 * (an offset would walk every row before it).
 */
import type { BandinginDb } from './db';
import type { Course } from './model';

export type PageKey = [lastSeen: number, id: string];

export type PageRequest =
  | { kind: 'first' }
  | { kind: 'after'; key: PageKey }
  | { kind: 'before'; key: PageKey }
  | { kind: 'last'; size: number };

export const pageKeyOf = (course: Course): PageKey => [course.lastSeen, course.id];

export async function readLibraryPage(db: BandinginDb, request: PageRequest, pageSize: number): Promise<Course[]> {
  const index = '[lastSeen+id]';
  switch (request.kind) {
    case 'first':
      return db.courses.orderBy(index).reverse().limit(pageSize).toArray();
    case 'after':
      return db.courses.where(index).below(request.key).reverse().limit(pageSize).toArray();
    case 'before':
      return (await db.courses.where(index).above(request.key).limit(pageSize).toArray()).reverse();
    case 'last':
      return (await db.courses.orderBy(index).limit(request.size).toArray()).reverse();
  }
}
