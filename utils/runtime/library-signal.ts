/**
 * "The library changed": a time stamp in storage.local that content scripts can watch (they cannot
 * see the extension's IndexedDB), so a badge that said "no alternatives yet" catches up when the
 * user captures some in another tab, imports a catalogue or marks a pair, without a reload.
 * It is sent a moment after the write, so it is no version to cache against: that is
 * utils/library/version.ts, written in the same transaction as the courses.
 */
import { browser } from 'wxt/browser';

const KEY = 'libraryChangedAt';

export async function signalLibraryChanged(at = Date.now()): Promise<void> {
  await browser.storage.local.set({ [KEY]: at });
}

/** Call `listener` on each signal; returns the unsubscribe. */
export function onLibraryChanged(listener: () => void): () => void {
  const watch = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && KEY in changes) listener();
  };
  browser.storage.onChanged.addListener(watch);
  return () => browser.storage.onChanged.removeListener(watch);
}
