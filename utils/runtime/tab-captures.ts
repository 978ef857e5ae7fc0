/**
 * What each open tab showed, kept in session storage: the MV3 service worker may be stopped
 * between a capture and the popup opening, and session storage outlives it (but not the browser).
 */
import { browser } from 'wxt/browser';
import type { TabCapture } from './messaging';

const keyFor = (tabId: number) => `tab:${tabId}`;

export async function rememberTabCapture(tabId: number, capture: TabCapture): Promise<void> {
  const previous = await recallTabCapture(tabId);
  // SPA pages and infinite scroll report in parts: keep adding while the tab stays on one page.
  const ids =
    previous && previous.url === capture.url ? [...new Set([...previous.ids, ...capture.ids])] : capture.ids;
  await browser.storage.session.set({ [keyFor(tabId)]: { ...capture, ids: ids.slice(0, 2000) } });
}

export async function recallTabCapture(tabId: number): Promise<TabCapture | null> {
  const stored = await browser.storage.session.get(keyFor(tabId));
  return (stored[keyFor(tabId)] as TabCapture | undefined) ?? null;
}

export async function forgetTabCapture(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyFor(tabId));
}
