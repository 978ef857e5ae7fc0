/**
 * Schema v5's repair: ids built from long URLs (up to 2,048 characters) were stored beyond the
 * schema's id limit, so a backup of them could not be restored. Each such course moves to its
 * bounded id (course-keys boundId, the id new captures get), and so do the snapshots, shortlist items
 * and verdicts that name it. Stored URLs also lose any `user:pass@` they carried.
 */
import type { Transaction } from 'dexie';
import { boundId, withoutCredentials } from '../course-keys';
import { LIMITS } from '../limits';

type Row = Record<string, unknown>;
const isLong = (id: unknown): id is string => typeof id === 'string' && id.length > LIMITS.id;

export async function repairLongIds(tx: Transaction): Promise<void> {
  const courses = tx.table('courses');
  const moved = new Map<string, string>();
  const fresh: Row[] = [];
  await courses.toCollection().each((course: Row) => {
    if (isLong(course.id)) {
      moved.set(course.id, boundId(course.id));
      fresh.push({ ...course, id: boundId(course.id) });
    }
  });
  if (moved.size) {
    await courses.bulkDelete([...moved.keys()]);
    // a bounded id already stored (the course captured again since): the newer sighting wins
    const present = await courses.bulkGet(fresh.map((course) => course.id));
    const winners = fresh.filter((course, index) => {
      const other = present[index] as Row | undefined;
      return !other || Number(course.lastSeen) > Number(other.lastSeen);
    });
    await courses.bulkPut(winners);
  }
  await courses.toCollection().modify((course: Row) => {
    for (const field of ['url', 'imageUrl'])
      if (typeof course[field] === 'string') course[field] = withoutCredentials(course[field]);
  });
  if (!moved.size) return;
  const rename = (id: unknown) => (isLong(id) ? boundId(id) : id);
  await tx
    .table('snapshots')
    .toCollection()
    .modify((snapshot: Row) => {
      snapshot.courseId = rename(snapshot.courseId);
    });
  // shortlist items and verdicts are keyed by the ids: delete and add again under the new key
  await rekey(
    tx,
    'shortlistItems',
    (item) => ({ ...item, courseId: rename(item.courseId) }),
    (item) => [item.shortlistId, item.courseId],
  );
  await rekey(
    tx,
    'verdicts',
    (verdict) => ({ ...verdict, a: rename(verdict.a), b: rename(verdict.b) }),
    (verdict) => [verdict.a, verdict.b],
  );
}

async function rekey(
  tx: Transaction,
  name: string,
  repair: (row: Row) => Row,
  key: (row: Row) => unknown[],
): Promise<void> {
  const table = tx.table(name);
  const rows = (await table.toArray()) as Row[];
  const affected = rows.filter((row) => key(row).some(isLong));
  if (!affected.length) return;
  await table.bulkDelete(affected.map((row) => key(row)) as never[]);
  await table.bulkPut(affected.map(repair));
}
