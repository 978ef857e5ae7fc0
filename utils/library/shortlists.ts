/** Shortlists: named lists of courses with a note and tags per item, kept against the balance. */

import { type Shortlist, ShortlistItem } from '../model';
import type { BandinginDb } from './db';

const newId = () => `sl-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

export async function createShortlist(db: BandinginDb, name: string, now = Date.now()): Promise<Shortlist> {
  const last = await db.shortlists.orderBy('order').last();
  const shortlist: Shortlist = {
    id: newId(),
    name: name.trim().slice(0, 120),
    createdAt: now,
    order: (last?.order ?? 0) + 1,
  };
  await db.shortlists.add(shortlist);
  return shortlist;
}

export async function renameShortlist(db: BandinginDb, id: string, name: string): Promise<void> {
  const trimmed = name.trim().slice(0, 120);
  if (trimmed) await db.shortlists.update(id, { name: trimmed });
}

/** What a deletion removed, so the user can undo it. */
export interface DeletedShortlist {
  shortlist: Shortlist;
  items: ShortlistItem[];
}

export async function deleteShortlist(db: BandinginDb, id: string): Promise<DeletedShortlist | undefined> {
  return db.transaction('rw', db.shortlists, db.shortlistItems, async () => {
    const shortlist = await db.shortlists.get(id);
    if (!shortlist) return undefined;
    const items = await db.shortlistItems.where('shortlistId').equals(id).toArray();
    await db.shortlistItems.where('shortlistId').equals(id).delete();
    await db.shortlists.delete(id);
    return { shortlist, items };
  });
}

export async function undoDeleteShortlist(db: BandinginDb, deleted: DeletedShortlist): Promise<void> {
  await db.transaction('rw', db.shortlists, db.shortlistItems, async () => {
    await db.shortlists.put(deleted.shortlist);
    await db.shortlistItems.bulkPut(deleted.items);
  });
}

/** Swap a shortlist (or an item) with its neighbour: `order` values are exchanged, nothing renumbered. */
async function swapOrder<T extends { order: number }>(
  sorted: T[],
  index: number,
  delta: -1 | 1,
  save: (a: T, b: T) => Promise<void>,
): Promise<void> {
  const a = sorted[index];
  const b = sorted[index + delta];
  if (!a || !b) return;
  const orderA = a.order === b.order ? a.order + delta : b.order;
  await save({ ...a, order: orderA }, { ...b, order: a.order });
}

export async function moveShortlist(db: BandinginDb, id: string, delta: -1 | 1): Promise<void> {
  await db.transaction('rw', db.shortlists, async () => {
    const sorted = await db.shortlists.orderBy('order').toArray();
    const index = sorted.findIndex((shortlist) => shortlist.id === id);
    await swapOrder(sorted, index, delta, async (a, b) => void (await db.shortlists.bulkPut([a, b])));
  });
}

export async function itemsOf(db: BandinginDb, shortlistId: string): Promise<ShortlistItem[]> {
  const items = await db.shortlistItems.where('shortlistId').equals(shortlistId).toArray();
  return items.sort((a, b) => a.order - b.order || a.addedAt - b.addedAt);
}

/** Add a course; adding it again keeps its note and tags. */
export async function addToShortlist(
  db: BandinginDb,
  shortlistId: string,
  courseId: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.shortlistItems, async () => {
    if (await db.shortlistItems.get([shortlistId, courseId])) return;
    const items = await itemsOf(db, shortlistId);
    const order = (items[items.length - 1]?.order ?? 0) + 1;
    await db.shortlistItems.add(ShortlistItem.parse({ shortlistId, courseId, addedAt: now, order }));
  });
}

export async function removeFromShortlist(
  db: BandinginDb,
  shortlistId: string,
  courseId: string,
): Promise<ShortlistItem | undefined> {
  return db.transaction('rw', db.shortlistItems, async () => {
    const item = await db.shortlistItems.get([shortlistId, courseId]);
    await db.shortlistItems.delete([shortlistId, courseId]);
    return item;
  });
}

export async function updateItem(
  db: BandinginDb,
  item: ShortlistItem,
  change: Partial<Pick<ShortlistItem, 'note' | 'tags'>>,
): Promise<void> {
  await db.shortlistItems.put(ShortlistItem.parse({ ...item, ...change }));
}

export async function moveItem(db: BandinginDb, shortlistId: string, courseId: string, delta: -1 | 1) {
  await db.transaction('rw', db.shortlistItems, async () => {
    const items = await itemsOf(db, shortlistId);
    const index = items.findIndex((item) => item.courseId === courseId);
    await swapOrder(items, index, delta, async (a, b) => void (await db.shortlistItems.bulkPut([a, b])));
  });
}

/** Tags typed as "murah, sertifikat ,  webinar" → ["murah", "sertifikat", "webinar"]. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim().slice(0, 40))
        .filter(Boolean),
    ),
  ].slice(0, 20);
}
