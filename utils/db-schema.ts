/**
 * Every version of the IndexedDB schema, oldest first. A new version is appended, never edited,
 * and ships with a migration test (tests/utils/db.migration.test.ts) that opens data written by
 * the version before it.
 */
import type { Transaction } from 'dexie';

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
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
