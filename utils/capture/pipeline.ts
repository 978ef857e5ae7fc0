/**
 * Capture: run the extraction methods in order (site adapter → structured data → fallbacks),
 * merge what they saw per course (earlier methods win a field), and report what was found.
 */

import { GENERIC_EXTRACTORS } from '../extract/generic';
import { sanitizeCourse } from '../extract/sanitize';
import type { Extractor, PartialCourse } from '../extract/types';
import type { CapturedCourse, CaptureReport } from '../model';
import { siteFor, siteIdFor } from '../sites/lookup';

/** Fields every capture has; the report names the ones the page actually offered. */
const BOOKKEEPING = new Set(['site', 'side', 'url', 'source', 'extractor']);

export interface CaptureResult {
  courses: CapturedCourse[];
  report: CaptureReport;
}

/** The same course seen through different URLs (query strings, fragments, trailing slash). */
export function courseKeyOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname.replace(/\/+$/, '')}`.toLowerCase();
}

interface Merged {
  fields: PartialCourse;
  methods: Set<string>;
}

export function capturePage(
  doc: Document,
  url: URL,
  extractors: readonly Extractor[] = GENERIC_EXTRACTORS,
): CaptureResult {
  const merged = new Map<string, Merged>();
  const methodsUsed = new Set<string>();
  for (const extractor of extractors) {
    let found: PartialCourse[];
    try {
      found = extractor.extract(doc, url);
    } catch {
      continue; // one broken method must not cost the others
    }
    for (const partial of found) {
      const courseUrl = partial.url ?? url.href;
      const key = courseKeyOf(courseUrl);
      const entry = merged.get(key) ?? { fields: { url: courseUrl }, methods: new Set<string>() };
      let added = false;
      for (const [field, value] of Object.entries(partial) as [keyof PartialCourse, unknown][]) {
        if (value === undefined || entry.fields[field] !== undefined) continue;
        (entry.fields as Record<string, unknown>)[field] = value;
        added = true;
      }
      if (added) {
        entry.methods.add(`${extractor.name}@${extractor.version}`);
        methodsUsed.add(extractor.name);
      }
      merged.set(key, entry);
    }
  }

  const courses: CapturedCourse[] = [];
  const fields = new Set<string>();
  for (const { fields: partial, methods } of merged.values()) {
    const courseUrl = new URL(partial.url ?? url.href, url);
    const course = sanitizeCourse(partial, {
      site: siteIdFor(courseUrl),
      side: siteFor(courseUrl)?.side ?? 'alternative',
      url: courseUrl,
      extractor: [...methods].join('+'),
    });
    if (!course) continue; // no title, or no web address
    courses.push(course);
    for (const field of Object.keys(course)) if (!BOOKKEEPING.has(field)) fields.add(field);
  }
  return {
    courses,
    report: { methods: [...methodsUsed], fields: [...fields].sort(), courseCount: courses.length },
  };
}
