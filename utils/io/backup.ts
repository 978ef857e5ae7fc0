/**
 * Backup and restore of everything Bandingin keeps, as one JSON file. Restore is all or nothing:
 * the file is validated in full first, the current data is handed to `beforeWrite` (the UI saves
 * it as a file), and only then is the library replaced, in one transaction.
 */
import { z } from 'zod';
import { boundId, sortKeys } from '../course-keys';
import type { BandinginDb } from '../library/db';
import { indexTables, rebuildMatchIndex } from '../library/match-index';
import { priceSinceFromSnapshots } from '../library/price-history';
import { markPriceKeysCurrent } from '../library/price-keys';
import { markTokensCurrent } from '../library/reindex';
import { CURRENT_SCHEMA_VERSION } from '../library/schema';
import { LIMITS } from '../limits';
import { courseTokens } from '../match/tokens';
import { Course, DEFAULT_RATES, PriceSnapshot, Settings, Shortlist, ShortlistItem, Verdict } from '../model';
import { describeZodError } from '../zod-errors';

export const BACKUP_FORMAT = 'bandingin-backup';

/**
 * A course id as a backup may hold it: versions before schema v5 wrote ids from long URLs beyond
 * the id limit. Restored under the bounded id that schema v5 gives them (course-keys boundId).
 */
const BackupId = z
  .string()
  .min(3)
  .max(LIMITS.url + LIMITS.id)
  .transform(boundId);

export const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.number().int().positive(),
  exportedAt: z.iso.datetime(),
  data: z.object({
    courses: z.array(Course.extend({ id: BackupId })),
    snapshots: z.array(
      PriceSnapshot.extend({ courseId: BackupId, seq: z.number().int().positive().optional() }),
    ),
    shortlists: z.array(Shortlist),
    shortlistItems: z.array(ShortlistItem.extend({ courseId: BackupId })),
    verdicts: z.array(Verdict.extend({ a: BackupId, b: BackupId })),
    settings: Settings.optional(),
  }),
});
export type BackupFile = z.infer<typeof BackupFile>;

export async function makeBackup(db: BandinginDb, now = new Date()): Promise<BackupFile> {
  return db.transaction('r', db.tables, async () => {
    const settingsRow = await db.settings.get('settings');
    const settings = Settings.safeParse(settingsRow?.value ?? {});
    return {
      format: BACKUP_FORMAT,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      data: {
        // `ord` is the match index's, not the course's: a restore gives new ones
        courses: (await db.courses.toArray()).map(({ ord: _ord, ...course }) => course),
        snapshots: await db.snapshots.toArray(),
        shortlists: await db.shortlists.toArray(),
        shortlistItems: await db.shortlistItems.toArray(),
        verdicts: await db.verdicts.toArray(),
        settings: settingsRow && settings.success ? settings.data : undefined,
      },
    };
  });
}

export class RestoreError extends Error {
  override name = 'RestoreError';
}

/** Parse and check a backup file's text; throws a RestoreError naming the first bad place. */
export function parseBackup(text: string): BackupFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new RestoreError('This file is not JSON, so it is not a Bandingin backup.');
  }
  if (typeof json !== 'object' || json === null || (json as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new RestoreError('This JSON file is not a Bandingin backup (no "format": "bandingin-backup").');
  }
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION) {
    throw new RestoreError(
      'This backup comes from a newer Bandingin. Update the extension, then restore it.',
    );
  }
  const parsed = BackupFile.safeParse(json);
  if (!parsed.success) throw new RestoreError(`The backup is damaged at ${describeZodError(parsed.error)}`);
  return parsed.data;
}

export async function restoreBackup(
  db: BandinginDb,
  backup: BackupFile,
  beforeWrite: (current: BackupFile) => Promise<void>,
): Promise<void> {
  await beforeWrite(await makeBackup(db));
  const { data } = backup;
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((table) => table.clear()));
    // Tokens and sort keys are derived: recompute them with this version's matcher and the rates.
    const rates = data.settings?.rates ?? DEFAULT_RATES;
    // Backups from before `priceSince` get it as the schema upgrade gives it (utils/library/schema.ts v4).
    const since = priceSinceFromSnapshots(data.snapshots);
    // Ordinals in id order, as the match index rebuild below gives them, so it rewrites nothing.
    const courses = [...data.courses].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await db.courses.bulkAdd(
      courses.map((course, ord) => ({
        ...course,
        ord,
        ...(course.price && { priceSince: course.priceSince ?? since.get(course.id) ?? course.firstSeen }),
        tokens: courseTokens(course),
        ...sortKeys(course, rates),
      })),
    );
    await db.snapshots.bulkAdd(data.snapshots);
    await db.shortlists.bulkAdd(data.shortlists);
    await db.shortlistItems.bulkAdd(data.shortlistItems);
    await db.verdicts.bulkAdd(data.verdicts);
    if (data.settings) await db.settings.put({ key: 'settings', value: data.settings });
    await rebuildMatchIndex(indexTables(db));
    await markTokensCurrent(db);
    await markPriceKeysCurrent(db, rates);
  });
}
