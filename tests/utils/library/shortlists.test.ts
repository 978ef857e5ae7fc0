import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import {
  addToShortlist,
  createShortlist,
  deleteShortlist,
  itemsOf,
  moveItem,
  moveShortlist,
  parseTags,
  removeFromShortlist,
  renameShortlist,
  undoDeleteShortlist,
  updateItem,
} from '@/utils/library/shortlists';
import { Settings } from '@/utils/model';
import { budgetOf, toIdr } from '@/utils/money';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`shortlists-${Math.random()}`);
});
afterEach(() => db.delete());

describe('shortlists', () => {
  it('creates, renames and reorders lists', async () => {
    const a = await createShortlist(db, ' Pilihan utama ');
    const b = await createShortlist(db, 'Cadangan');
    await renameShortlist(db, a.id, 'Utama');
    await renameShortlist(db, b.id, '   '); // a blank name is ignored
    await moveShortlist(db, b.id, -1);
    const lists = await db.shortlists.orderBy('order').toArray();
    expect(lists.map((list) => list.name)).toEqual(['Cadangan', 'Utama']);
  });

  it('keeps items in order with their notes and tags; adding twice keeps the note', async () => {
    const list = await createShortlist(db, 'Daftar');
    await addToShortlist(db, list.id, 'c:1', 1);
    await addToShortlist(db, list.id, 'c:2', 2);
    const [first] = await itemsOf(db, list.id);
    await updateItem(db, first!, { note: 'paling murah', tags: parseTags('murah, sertifikat , murah') });
    await addToShortlist(db, list.id, 'c:1', 3);
    await moveItem(db, list.id, 'c:2', -1);
    const items = await itemsOf(db, list.id);
    expect(items.map((item) => item.courseId)).toEqual(['c:2', 'c:1']);
    expect(items[1]).toMatchObject({ note: 'paling murah', tags: ['murah', 'sertifikat'] });
    expect(await removeFromShortlist(db, list.id, 'c:2')).toMatchObject({ courseId: 'c:2' });
    expect(await itemsOf(db, list.id)).toHaveLength(1);
  });

  it('undoes a deletion with every item back', async () => {
    const list = await createShortlist(db, 'Hapus saya');
    await addToShortlist(db, list.id, 'c:1');
    await updateItem(db, (await itemsOf(db, list.id))[0]!, { note: 'catatan' });
    const deleted = await deleteShortlist(db, list.id);
    expect(await db.shortlists.count()).toBe(0);
    expect(await db.shortlistItems.count()).toBe(0);
    await undoDeleteShortlist(db, deleted!);
    expect(await itemsOf(db, list.id)).toEqual([
      expect.objectContaining({ courseId: 'c:1', note: 'catatan' }),
    ]);
  });
});

describe('money', () => {
  const settings = Settings.parse({ rates: { USD: { idr: 16_000, date: '2026-11-01' } } });

  it('converts with the dated rate and says which', () => {
    expect(toIdr({ amount: 19.99, currency: 'USD' }, settings.rates)).toEqual({
      idr: 319_840,
      rate: { idr: 16_000, date: '2026-11-01', currency: 'USD' },
    });
    expect(toIdr({ amount: 12, currency: 'JPY' }, settings.rates)).toBeUndefined();
  });

  it('sums a shortlist against the balance and counts what it could not price', () => {
    const budget = budgetOf(
      [{ amount: 1_500_000, currency: 'IDR' }, { amount: 100, currency: 'USD' }, undefined],
      settings,
    );
    expect(budget).toEqual({ total: 3_100_000, balance: 3_500_000, remaining: 400_000, uncounted: 1 });
    expect(budgetOf([{ amount: 4_000_000, currency: 'IDR' }], settings).remaining).toBe(-500_000);
  });
});
