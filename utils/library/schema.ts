/**
 * Every version of the IndexedDB schema, oldest first. A new version is appended, never edited,
 * and ships with a migration test (tests/utils/db.migration.test.ts) that opens data written by
 * the version before it.
 */
import type { Transaction } from 'dexie';
import { sortKeys } from '../course-keys';
import { Settings } from '../model';
import { rebuildColumns, rebuildMatchIndex, upgradeTables } from './match-index';
import { priceSinceFromSnapshots } from './price-history';
import { repairLongIds } from './repair-ids';

export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      courses: 'id, site, side, url, *tokens, lastSeen',
      snapshots: '++seq, courseId, [courseId+at], at',
      shortlists: 'id, order',
      shortlistItems: '[shortlistId+courseId], shortlistId, courseId',
      verdicts: '[a+b], a, b',
      settings: 'key',
    },
  },
  {
    // Keyset paging of the library: newest first, ties broken by id, any page in one range read.
    version: 2,
    stores: { courses: 'id, site, side, url, *tokens, lastSeen, [lastSeen+id]' },
  },
  {
    // Library filters and sorts: one [side+key+id] index per sort (newest, rupiah price, hours,
    // title), read per side and merged, so every sort pages by keyset. Every index is paid for on
    // each of an import's 100k rows, so the ones these make redundant go: `side` and `lastSeen`
    // (Dexie answers where('side') from a compound index's first part), `[lastSeen+id]`, the unused
    // `url`, and snapshots' unused `at` and `courseId` (answered by `[courseId+at]`).
    version: 3,
    stores: {
      courses:
        'id, site, *tokens, [side+lastSeen+id], [side+sortPrice+id], [side+sortHours+id], [side+sortTitle+id]',
      snapshots: '++seq, [courseId+at]',
    },
    upgrade: async (tx) => {
      const row = await tx.table('settings').get('settings');
      const parsed = Settings.safeParse(row?.value ?? {});
      const { rates } = parsed.success ? parsed.data : Settings.parse({});
      await tx
        .table('courses')
        .toCollection()
        .modify((course) => {
          Object.assign(course, sortKeys(course, rates));
        });
    },
  },
  {
    // Prices: the current one moves onto the course (`priceSince`) and a snapshot is written only
    // when a price ends, so a fresh import of 100k courses no longer writes 100k snapshots.
    version: 4,
    stores: {},
    upgrade: async (tx) => {
      const since = priceSinceFromSnapshots(await tx.table('snapshots').toArray());
      await tx
        .table('courses')
        .toCollection()
        .modify((course) => {
          if (course.price && course.priceSince === undefined)
            course.priceSince = since.get(course.id) ?? course.firstSeen;
        });
    },
  },
  {
    // Ids from long URLs were stored beyond the id limit, so their backup could not be restored:
    // they move to bounded ids (prefix + hash) everywhere they are named; URLs lose `user:pass@`.
    version: 5,
    stores: {},
    upgrade: repairLongIds,
  },
  {
    // The match index leaves the courses table: the `*tokens` multiEntry index wrote one row per token
    // per course (an import of 100k courses wrote a million). Postings become segments of sorted
    // ordinal arrays in a few hundred records, with an ordinal map (utils/library/match-index.ts).
    // Built here from the stored tokens; each course gets its ordinal (`ord`).
    version: 6,
    stores: {
      courses: 'id, site, [side+lastSeen+id], [side+sortPrice+id], [side+sortHours+id], [side+sortTitle+id]',
      postings: '[seg+block], seg',
      ordinals: 'block',
    },
    upgrade: async (tx) => {
      await rebuildMatchIndex(upgradeTables(tx));
    },
  },
  {
    // The library table's sorts and filters leave the courses table: its four [side+key+id] indexes
    // and `site` wrote five index rows per course (an import of 100k courses wrote half a million).
    // The table's columns become blocks by ordinal, kept in memory by readers
    // (utils/library/columns.ts); built here from the stored courses.
    version: 7,
    stores: { courses: 'id', columns: 'block' },
    upgrade: async (tx) => {
      await rebuildColumns(upgradeTables(tx, { columns: true }));
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
