/**
 * Which extractors run on a page, in order: the site's adapter, then structured data (JSON-LD,
 * microdata, embedded app state, OpenGraph), then the listing and label heuristics (GENERIC_EXTRACTORS).
 * Earlier extractors win a field when the pipeline merges them per course.
 */
import { GENERIC_EXTRACTORS } from '../capture/pipeline';
import type { Extractor } from '../capture/types';
import { bukalapakExtractor } from './bukalapak';
import { classCentralExtractor } from './classcentral';
import { courseraExtractor } from './coursera';
import { dicodingExtractor } from './dicoding';
import { edxExtractor } from './edx';
import { kariermuExtractor } from './kariermu';
import { maubelajarapaExtractor } from './maubelajarapa';
import { myskillExtractor } from './myskill';
import { pijarmahirExtractor } from './pijarmahir';
import { pintariaExtractor } from './pintaria';
import { prakerjaExtractor } from './prakerja';
import { siteFor } from './registry';
import { sekolahmuExtractor } from './sekolahmu';
import { skillacademyExtractor } from './skillacademy';
import { tokopediaExtractor } from './tokopedia';
import { udemyExtractor } from './udemy';

/** Site id (utils/sites/registry.ts) → its adapter. */
export const SITE_EXTRACTORS: Readonly<Record<string, Extractor>> = {
  prakerja: prakerjaExtractor,
  tokopedia: tokopediaExtractor,
  bukalapak: bukalapakExtractor,
  pintaria: pintariaExtractor,
  sekolahmu: sekolahmuExtractor,
  pijarmahir: pijarmahirExtractor,
  maubelajarapa: maubelajarapaExtractor,
  kariermu: kariermuExtractor,
  skillacademy: skillacademyExtractor,
  udemy: udemyExtractor,
  coursera: courseraExtractor,
  edx: edxExtractor,
  dicoding: dicodingExtractor,
  myskill: myskillExtractor,
  classcentral: classCentralExtractor,
};

/**
 * Paths that are not courses on a site whose course paths we know: generic layers must not turn
 * Udemy's free tutorial lessons or topic pages into courses.
 */
const NOT_COURSE_PATHS: Readonly<Record<string, RegExp>> = {
  udemy: /^\/(?!course\/)/,
  classcentral: /^\/(?!course\/|classroom\/)/,
};

/**
 * The generic layers as seen on one site: courses at paths that are not courses there are dropped,
 * and on a site that sells Prakerja trainings the site is the platform.
 */
function forSite(
  extractor: Extractor,
  host: string,
  notCourse: RegExp | undefined,
  platform: string | undefined,
): Extractor {
  return {
    name: extractor.name,
    version: extractor.version,
    extract(doc, url) {
      const courses = extractor.extract(doc, url).filter((course) => {
        if (!notCourse) return true;
        if (!course.url) return !notCourse.test(url.pathname);
        const target = new URL(course.url, url);
        return target.hostname !== host || !notCourse.test(target.pathname);
      });
      if (platform) for (const course of courses) course.platform ??= platform;
      return courses;
    },
  };
}

/** Platforms that sell Prakerja trainings: their own name is the platform of what they list. */
const PLATFORM_SITES = new Set([
  'tokopedia',
  'bukalapak',
  'pintaria',
  'sekolahmu',
  'pijarmahir',
  'maubelajarapa',
  'kariermu',
  'skillacademy',
]);

export function extractorsFor(url: URL): readonly Extractor[] {
  const site = siteFor(url);
  const adapter = site ? SITE_EXTRACTORS[site.id] : undefined;
  if (!site || !adapter) return GENERIC_EXTRACTORS;
  const notCourse = NOT_COURSE_PATHS[site.id];
  const platform = PLATFORM_SITES.has(site.id) ? site.name : undefined;
  if (!notCourse && !platform) return [adapter, ...GENERIC_EXTRACTORS];
  return [
    adapter,
    ...GENERIC_EXTRACTORS.map((extractor) => forSite(extractor, url.hostname, notCourse, platform)),
  ];
}
