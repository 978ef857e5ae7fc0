/** The sites Bandingin knows: which side of the comparison each is on. */
import type { Side } from '../model';

export interface SiteInfo {
  id: string;
  name: string;
  side: Side;
  /** Matches the host name (without a leading "www."). */
  host: RegExp;
}

export const SITES: readonly SiteInfo[] = [
  { id: 'prakerja', name: 'Prakerja', side: 'prakerja', host: /(^|\.)prakerja\.go\.id$/ },
  { id: 'tokopedia', name: 'Tokopedia', side: 'prakerja', host: /(^|\.)tokopedia\.com$/ },
  { id: 'bukalapak', name: 'Bukalapak', side: 'prakerja', host: /(^|\.)bukalapak\.com$/ },
  { id: 'pintaria', name: 'Pintaria', side: 'prakerja', host: /(^|\.)pintaria\.com$/ },
  { id: 'sekolahmu', name: 'Sekolah.mu', side: 'prakerja', host: /(^|\.)sekolah\.mu$/ },
  { id: 'pijarmahir', name: 'Pijar Mahir', side: 'prakerja', host: /(^|\.)pijarmahir\.id$/ },
  { id: 'maubelajarapa', name: 'Mau Belajar Apa', side: 'prakerja', host: /(^|\.)maubelajarapa\.com$/ },
  { id: 'kariermu', name: 'Karier.mu', side: 'prakerja', host: /(^|\.)karier\.mu$/ },
  { id: 'skillacademy', name: 'Skill Academy', side: 'prakerja', host: /(^|\.)skillacademy\.com$/ },
  { id: 'udemy', name: 'Udemy', side: 'alternative', host: /(^|\.)udemy\.com$/ },
  { id: 'coursera', name: 'Coursera', side: 'alternative', host: /(^|\.)coursera\.org$/ },
  { id: 'edx', name: 'edX', side: 'alternative', host: /(^|\.)edx\.org$/ },
  { id: 'dicoding', name: 'Dicoding', side: 'alternative', host: /(^|\.)dicoding\.com$/ },
  { id: 'myskill', name: 'MySkill', side: 'alternative', host: /(^|\.)myskill\.id$/ },
  { id: 'classcentral', name: 'Class Central', side: 'alternative', host: /(^|\.)classcentral\.com$/ },
];

export function siteFor(url: URL): SiteInfo | undefined {
  const host = url.hostname.toLowerCase().replace(/^www\./, '');
  return SITES.find((site) => site.host.test(host));
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
  return SITES.find((site) => site.id === id)?.name ?? id;
}
