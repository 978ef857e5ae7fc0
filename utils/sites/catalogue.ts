/**
 * The sites Bandingin knows, as data only: one row per site. The content script's match patterns (also
 * the only pages the extension may read), the site lookups and the adapters' table are all built from
 * it, so a platform's name and hosts are written here once. Adding a site = one row here + one file.
 */
import type { Side } from '../model';

export interface SiteRow {
  id: string;
  name: string;
  side: Side;
  /** Matches the host name (without a leading "www."). */
  host: RegExp;
  /** Match patterns of the pages the content script runs on. */
  patterns: readonly string[];
  /** Sells Prakerja trainings: its own name is the platform of every course it lists. */
  platform?: boolean;
  /** Paths that are never courses there: generic layers must not turn them into courses. */
  notCoursePath?: RegExp;
}

export const SITES = [
  {
    id: 'prakerja',
    name: 'Prakerja',
    side: 'prakerja',
    host: /(^|\.)prakerja\.go\.id$/,
    patterns: ['*://prakerja.go.id/*', '*://*.prakerja.go.id/*'],
  },
  {
    id: 'tokopedia',
    name: 'Tokopedia',
    side: 'prakerja',
    host: /(^|\.)tokopedia\.com$/,
    patterns: ['*://*.tokopedia.com/kartu-prakerja*'],
    platform: true,
  },
  {
    id: 'bukalapak',
    name: 'Bukalapak',
    side: 'prakerja',
    host: /(^|\.)bukalapak\.com$/,
    patterns: ['*://*.bukalapak.com/kartu-prakerja*'],
    platform: true,
  },
  {
    id: 'pintaria',
    name: 'Pintaria',
    side: 'prakerja',
    host: /(^|\.)pintaria\.com$/,
    patterns: ['*://*.pintaria.com/*'],
    platform: true,
  },
  {
    id: 'sekolahmu',
    name: 'Sekolah.mu',
    side: 'prakerja',
    host: /(^|\.)sekolah\.mu$/,
    patterns: ['*://*.sekolah.mu/*', '*://sekolah.mu/*'],
    platform: true,
  },
  {
    id: 'pijarmahir',
    name: 'Pijar Mahir',
    side: 'prakerja',
    host: /(^|\.)pijarmahir\.id$/,
    patterns: ['*://*.pijarmahir.id/*'],
    platform: true,
  },
  {
    id: 'maubelajarapa',
    name: 'Mau Belajar Apa',
    side: 'prakerja',
    host: /(^|\.)maubelajarapa\.com$/,
    patterns: ['*://*.maubelajarapa.com/*'],
    platform: true,
  },
  {
    id: 'kariermu',
    name: 'Karier.mu',
    side: 'prakerja',
    host: /(^|\.)karier\.mu$/,
    patterns: ['*://karier.mu/*', '*://*.karier.mu/*'],
    platform: true,
  },
  {
    id: 'skillacademy',
    name: 'Skill Academy',
    side: 'prakerja',
    host: /(^|\.)skillacademy\.com$/,
    patterns: ['*://*.skillacademy.com/*'],
    platform: true,
  },
  {
    id: 'udemy',
    name: 'Udemy',
    side: 'alternative',
    host: /(^|\.)udemy\.com$/,
    patterns: ['*://*.udemy.com/*'],
    notCoursePath: /^\/(?!course\/)/,
  },
  {
    id: 'coursera',
    name: 'Coursera',
    side: 'alternative',
    host: /(^|\.)coursera\.org$/,
    patterns: ['*://*.coursera.org/*'],
  },
  {
    id: 'edx',
    name: 'edX',
    side: 'alternative',
    host: /(^|\.)edx\.org$/,
    patterns: ['*://*.edx.org/*'],
  },
  {
    id: 'dicoding',
    name: 'Dicoding',
    side: 'alternative',
    host: /(^|\.)dicoding\.com$/,
    patterns: ['*://*.dicoding.com/*'],
  },
  {
    id: 'myskill',
    name: 'MySkill',
    side: 'alternative',
    host: /(^|\.)myskill\.id$/,
    patterns: ['*://*.myskill.id/*', '*://myskill.id/*'],
  },
  {
    id: 'classcentral',
    name: 'Class Central',
    side: 'alternative',
    host: /(^|\.)classcentral\.com$/,
    patterns: ['*://*.classcentral.com/*'],
    notCoursePath: /^\/(?!course\/|classroom\/)/,
  },
] as const satisfies readonly SiteRow[];

export type SiteId = (typeof SITES)[number]['id'];
