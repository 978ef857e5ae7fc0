import { useCallback } from 'preact/hooks';
import { type BandinginDb, readSettings, writeSettings } from '@/utils/library/db';
import type { Settings } from '@/utils/model';
import { useLiveQuery } from './use-live-query';

/** The user's settings, live, and a way to change some of them. */
export function useSettings(db: BandinginDb) {
  const state = useLiveQuery(() => readSettings(db), [db]);
  const update = useCallback(
    async (change: Partial<Settings>) => writeSettings(db, { ...(await readSettings(db)), ...change }),
    [db],
  );
  return { settings: state.status === 'ready' ? state.value : undefined, update };
}
