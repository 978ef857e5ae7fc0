/** Which known site a URL belongs to, and the names and match patterns, all read from the catalogue. */
import { SITES, type SiteId, type SiteRow } from './catalogue';

export type SiteInfo = SiteRow & { id: SiteId };

export { SITES };

export function siteFor(url: URL): SiteInfo | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return (SITES as readonly SiteInfo[]).find((site) => site.host.test(host));
}

/** A site we have no entry for still gets a stable id: its host. */
export function siteIdFor(url: URL): string {
  return (
    siteFor(url)?.id ??
    url.hostname
      .toLowerCase()
      .replace(/^www\./, '')
      .slice(0, 63)
  );
}

export function siteName(id: string): string {
  return (SITES as readonly SiteInfo[]).find((site) => site.id === id)?.name ?? id;
}

/** Where the capture content script runs: every site's patterns. */
export const ALL_HOST_PATTERNS: string[] = SITES.flatMap((site) => [...site.patterns]);
