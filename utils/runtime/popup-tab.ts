/**
 * Which tab the popup speaks about. On desktop the popup floats over the active tab; Firefox for
 * Android shows it as a page of its own, a tab that is itself the active one. Feature-detected, not
 * sniffed: when `tabs.getCurrent()` finds the popup in a tab, the subject is the tab used just before.
 */
import { browser } from 'wxt/browser';

interface TabLike {
  id?: number;
  active?: boolean;
  lastAccessed?: number;
}

/** The active tab, or, when the popup is itself a tab (`self`), the most recently used other one. */
export function subjectTab<T extends TabLike>(tabs: readonly T[], self: TabLike | undefined): T | undefined {
  if (self?.id === undefined) return tabs.find((tab) => tab.active) ?? tabs[0];
  return tabs
    .filter((tab) => tab.id !== self.id)
    .sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

/** The tab id for the popup: `?tab=` when opened as a page by a test or the demo, else as above. */
export async function popupSubjectTabId(search: string): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const self = await browser.tabs.getCurrent().catch(() => undefined);
  const tabs = await browser.tabs.query(
    self ? { currentWindow: true } : { active: true, currentWindow: true },
  );
  return subjectTab(tabs, self)?.id;
}
