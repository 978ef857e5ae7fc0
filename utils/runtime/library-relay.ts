/**
 * Turn the library's IndexedDB writes into the storage.local signal (utils/runtime/library-signal.ts).
 * Dexie fires `storagemutated` in every extension context for a write made in any of them, so the
 * background, the popup and the dashboard each relay: whichever is alive catches the write, and the
 * content script's own debounce merges the repeats.
 */
import Dexie from 'dexie';
import { signalLibraryChanged } from './library-signal';

/** The tables whose changes a badge shows: courses, the user's verdicts, the language. */
const SHOWN = ['courses', 'verdicts', 'settings'];

/** Whether a Dexie ObservabilitySet touches a table the badges show. */
export function touchesBadges(parts: Record<string, unknown>, dbName: string): boolean {
  return Object.keys(parts).some((part) =>
    SHOWN.some((table) => part.startsWith(`idb://${dbName}/${table}/`)),
  );
}

export function relayLibraryChanges(
  dbName: string,
  options: { delay?: number; signal?: () => Promise<void> } = {},
): () => void {
  const { delay = 400, signal = () => signalLibraryChanged() } = options;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (parts: Record<string, unknown>) => {
    if (!touchesBadges(parts, dbName) || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void signal().catch(() => {});
    }, delay);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(listener);
  };
}
