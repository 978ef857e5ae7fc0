import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { boundId } from '@/utils/course-keys';
import { type BackupFile, makeBackup, parseBackup, RestoreError, restoreBackup } from '@/utils/io/backup';
import { DexieCandidateSource } from '@/utils/library/candidates';
import { BandinginDb, writeSettings } from '@/utils/library/db';
import { addToShortlist, createShortlist } from '@/utils/library/shortlists';
import { storeCaptured } from '@/utils/library/store';
import { Settings } from '@/utils/model';

let db: BandinginDb;
beforeEach(async () => {
  db = new BandinginDb(`backup-${Math.random()}`);
  const base = { side: 'alternative' as const, source: 'page' as const, extractor: 'test' };
  await storeCaptured(
    db,
    [
      {
        ...base,
        site: 'udemy',
        url: 'https://www.udemy.com/course/a',
        title: 'Excel A',
        price: { amount: 10, currency: 'USD' },
      },
      {
        ...base,
        site: 'coursera',
        url: 'https://www.coursera.org/learn/b',
        title: 'Excel B',
        topics: ['Pivot'],
      },
    ],
    1000,
  );
  await storeCaptured(
    db,
    [
      {
        ...base,
        site: 'udemy',
        url: 'https://www.udemy.com/course/a',
        title: 'Excel A',
        price: { amount: 12, currency: 'USD' },
      },
    ],
    2000,
  );
  const list = await createShortlist(db, 'Daftar', 5);
  await addToShortlist(db, list.id, 'udemy:/course/a', 6);
  await db.verdicts.put({ a: 'prakerja:/x', b: 'udemy:/course/a', same: false, at: 7 });
  await writeSettings(db, Settings.parse({ balance: 2_000_000, language: 'en' }));
});
afterEach(() => db.delete());

describe('backup and restore', () => {
  it('round-trips every table losslessly through the JSON text', async () => {
    const backup = await makeBackup(db, new Date('2026-11-28T00:00:00Z'));
    const text = JSON.stringify(backup);
    const other = new BandinginDb(`restore-${Math.random()}`);
    await storeCaptured(other, [
      {
        site: 'x',
        side: 'alternative',
        url: 'https://x.com/1',
        title: 'Lama',
        source: 'page',
        extractor: 't',
      },
    ]);
    const saved: BackupFile[] = [];
    await restoreBackup(other, parseBackup(text), async (current) => void saved.push(current));
    expect(saved[0]?.data.courses.map((c) => c.title)).toEqual(['Lama']); // the backup written first
    const again = await makeBackup(other, new Date('2026-11-28T00:00:00Z'));
    expect(again).toEqual(backup);
    // the match index is rebuilt for what was restored, and only for that
    const found = await new DexieCandidateSource(other, { side: 'alternative' }).candidates(
      [{ token: 'excel', weight: 1 }],
      10,
    );
    expect(found.candidates.map((candidate) => candidate.record.id).sort()).toEqual([
      'coursera:/learn/b',
      'udemy:/course/a',
    ]);
    await other.delete();
  });

  it.each([
    ['text that is not JSON', 'hello', /not JSON/],
    ['JSON of something else', '{"courses": []}', /not a Bandingin backup/],
    [
      'a newer format',
      '{"format":"bandingin-backup","schemaVersion":99,"exportedAt":"x","data":{"courses":[],"snapshots":[],"shortlists":[],"shortlistItems":[],"verdicts":[]}}',
      /newer Bandingin/,
    ],
  ])('refuses %s with a clear reason', (_label, text, reason) => {
    expect(() => parseBackup(text)).toThrow(RestoreError);
    expect(() => parseBackup(text)).toThrow(reason);
  });

  it('restores a backup an older version wrote with ids beyond the limit, under their bounded ids', async () => {
    const backup = await makeBackup(db);
    const long = `udemy:/course/${'x'.repeat(600)}`;
    const old = structuredClone(backup);
    old.data.courses[0]!.id = long;
    old.data.snapshots = old.data.snapshots.map((snapshot) => ({ ...snapshot, courseId: long }));
    old.data.shortlistItems[0]!.courseId = long;
    old.data.verdicts[0]!.b = long;
    const parsed = parseBackup(JSON.stringify(old));
    const other = new BandinginDb(`restore-${Math.random()}`);
    await restoreBackup(other, parsed, async () => {});
    const bounded = boundId(long);
    expect(bounded).not.toBe(long);
    expect(await other.courses.get(bounded)).toMatchObject({ title: backup.data.courses[0]!.title });
    expect((await other.shortlistItems.toArray())[0]?.courseId).toBe(bounded);
    expect((await other.verdicts.toArray())[0]?.b).toBe(bounded);
    await other.delete();
  });

  it('names the damaged row and changes nothing', async () => {
    const backup = await makeBackup(db);
    const damaged = structuredClone(backup) as unknown as { data: { courses: Record<string, unknown>[] } };
    damaged.data.courses[1]!.url = 'javascript:alert(1)';
    expect(() => parseBackup(JSON.stringify(damaged))).toThrow(/data\.courses\.1\.url/);
    expect(await makeBackup(db, new Date(backup.exportedAt))).toEqual(backup);
  });

  it('leaves the library untouched when the write fails half-way', async () => {
    const before = await makeBackup(db, new Date('2026-01-01'));
    const duplicate = structuredClone(before);
    duplicate.data.courses.push(duplicate.data.courses[0]!); // a second row with the same key aborts bulkAdd
    await expect(restoreBackup(db, duplicate, async () => {})).rejects.toThrow();
    expect(await makeBackup(db, new Date('2026-01-01'))).toEqual(before);
  });

  it('does not restore when the backup of the current data could not be written', async () => {
    const before = await makeBackup(db, new Date('2026-01-01'));
    const empty = { ...before, data: { ...before.data, courses: [] } };
    await expect(
      restoreBackup(db, empty, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(await db.courses.count()).toBe(2);
  });
});
