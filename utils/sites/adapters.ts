/**
 * Which extractors run on a page, in order: the site's adapter, then the generic layers
 * (extract/generic.ts). Earlier extractors win a field when the pipeline merges them per course.
 * The table is typed by the catalogue's ids, so a site without an adapter does not compile.
 */
import { GENERIC_EXTRACTORS } from '../extract/generic';
import type { Extractor, PartialCourse } from '../extract/types';
import { bukalapakExtractor } from './bukalapak';
import type { SiteId } from './catalogue';
import { classCentralExtractor } from './classcentral';
import { courseraExtractor } from './coursera';
import { dicodingExtractor } from './dicoding';
import { edxExtractor } from './edx';
import { kariermuExtractor } from './kariermu';
import { siteFor } from './lookup';
import { maubelajarapaExtractor } from './maubelajarapa';
import { myskillExtractor } from './myskill';
import { pijarmahirExtractor } from './pijarmahir';
import { pintariaExtractor } from './pintaria';
import { prakerjaExtractor } from './prakerja';
import { sekolahmuExtractor } from './sekolahmu';
import { skillacademyExtractor } from './skillacademy';
import { tokopediaExtractor } from './tokopedia';
import { udemyExtractor } from './udemy';

export const SITE_EXTRACTORS: Readonly<Record<SiteId, Extractor>> = {
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
 * An extractor as seen on one site: courses at paths that are not courses there are dropped (generic
 * layers must not turn Udemy's free tutorial lessons or topic pages into courses), and on a site that
 * sells Prakerja trainings the site is the platform.
 */
function forSite(
  extractor: Extractor,
  host: string,
  notCourse: RegExp | undefined,
  platform: string | undefined,
): Extractor {
  const adjust = (courses: PartialCourse[], url: URL) => {
    const kept = courses.filter((course) => {
      if (!notCourse) return true;
      if (!course.url) return !notCourse.test(url.pathname);
      const target = new URL(course.url, url);
      return target.hostname !== host || !notCourse.test(target.pathname);
    });
    if (platform) for (const course of kept) course.platform ??= platform;
    return kept;
  };
  const steps = extractor.steps;
  return {
    name: extractor.name,
    version: extractor.version,
    extract: (doc, url, drop) => adjust(extractor.extract(doc, url, drop), url),
    steps:
      steps &&
      function* (doc, url, drop) {
        return adjust(yield* steps.call(extractor, doc, url, drop), url);
      },
  };
}

export function extractorsFor(url: URL): readonly Extractor[] {
  const site = siteFor(url);
  if (!site) return GENERIC_EXTRACTORS;
  const adapter = SITE_EXTRACTORS[site.id];
  const platform = site.platform ? site.name : undefined;
  const notCourse = site.notCoursePath;
  if (!notCourse && !platform) return [adapter, ...GENERIC_EXTRACTORS];
  // The adapter reads its own site's course paths already; it only needs the platform name.
  return [
    forSite(adapter, url.hostname, undefined, platform),
    ...GENERIC_EXTRACTORS.map((extractor) => forSite(extractor, url.hostname, notCourse, platform)),
  ];
}
