/**
 * "Sites on or off" (Settings): whether a page may be captured and badged. The content script cannot
 * read the extension's IndexedDB (its IndexedDB is the page's), so it asks the background, which
 * answers for the page the browser says sent the question, and refuses captures from a site that is off.
 */
import { type BandinginDb, readSettings } from '../library/db';
import type { Settings } from '../model';
import { type SiteInfo, siteFor } from '../sites/lookup';

/** The supported site a URL belongs to, if any. */
export function siteOfUrl(raw: string | undefined): SiteInfo | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? siteFor(url) : undefined;
  } catch {
    return undefined;
  }
}

export const siteIsOn = (site: SiteInfo, settings: Pick<Settings, 'disabledSites'>) =>
  !settings.disabledSites.includes(site.id);

/** Whether the page at `url` is of a supported site the user has not switched off. */
export async function captureAllowed(db: BandinginDb, url: string | undefined): Promise<boolean> {
  const site = siteOfUrl(url);
  return site !== undefined && siteIsOn(site, await readSettings(db));
}
