/**
 * Capture: run the extraction methods in order (site adapter → structured data → fallbacks),
 * merge what they saw per course (earlier methods win a field), keep only courses of the page's own
 * site, and report what was found and what was dropped and why.
 */
import { canonicalUrl } from '../course-keys';
import { GENERIC_EXTRACTORS } from '../extract/generic';
import { closePass, openPass } from '../extract/pass';
import { sanitizeCourse } from '../extract/sanitize';
import { type Extractor, type PartialCourse, runSteps } from '../extract/types';
import { LIMITS } from '../limits';
import type { CapturedCourse, CaptureReport } from '../model';
import { siteFor, siteIdFor } from '../sites/lookup';

/** Fields every capture has; the report names the ones the page actually offered. */
const BOOKKEEPING = new Set(['site', 'side', 'url', 'source', 'extractor']);

/** A would-be course the capture did not keep, and why. */
export interface Dropped {
  reason: string;
  text: string;
  method: string;
}

export interface CaptureResult {
  courses: CapturedCourse[];
  report: CaptureReport;
  /** What was refused (at most 50 entries): never sent, shown by the extract CLI and tests. */
  dropped: Dropped[];
}

/**
 * The same course seen through different URLs (fragments, tracking parameters, trailing slash):
 * host without "www.", path and identifying query; a key of its own when the page gave one.
 */
export function courseKeyOf(url: string, key?: string): string {
  const parsed = canonicalUrl(url);
  const base = `${parsed.hostname.replace(/^www\./, '')}${parsed.pathname}${parsed.search}`.toLowerCase();
  return key ? `${base}#${key}` : base;
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
  return runSteps(captureSteps(doc, url, extractors));
}

/**
 * The capture in steps: each `yield` is a point where the live capture may give the page back its
 * main thread (extractors that offer steps yield inside too). One pass: shared work is done once.
 */
export function* captureSteps(
  doc: Document,
  url: URL,
  extractors: readonly Extractor[] = GENERIC_EXTRACTORS,
): Generator<void, CaptureResult, void> {
  openPass(doc);
  try {
    return yield* steps(doc, url, extractors);
  } finally {
    closePass();
  }
}

/** Courses merged or cleaned between two yields: a page of thousands never holds the thread long. */
const STEP_SIZE = 100;

function* steps(
  doc: Document,
  url: URL,
  extractors: readonly Extractor[],
): Generator<void, CaptureResult, void> {
  const merged = new Map<string, Merged>();
  const methodsUsed = new Set<string>();
  const dropped: Dropped[] = [];
  for (const extractor of extractors) {
    let found: PartialCourse[];
    const drop = (reason: string, text: string) => {
      if (dropped.length < 50) dropped.push({ reason, text: text.slice(0, 120), method: extractor.name });
    };
    try {
      found = extractor.steps ? yield* extractor.steps(doc, url, drop) : extractor.extract(doc, url, drop);
    } catch {
      continue; // one broken method must not cost the others
    }
    yield;
    for (const [index, partial] of found.entries()) {
      if (index % STEP_SIZE === STEP_SIZE - 1) yield;
      const courseUrl = partial.url ?? url.href;
      let key: string;
      try {
        key = courseKeyOf(new URL(courseUrl, url).href, partial.key);
      } catch {
        continue;
      }
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

  const pageSite = siteIdFor(url);
  const courses: CapturedCourse[] = [];
  const fields = new Set<string>();
  let done = 0;
  for (const { fields: partial, methods } of merged.values()) {
    if (++done % STEP_SIZE === 0) yield;
    let courseUrl: URL;
    try {
      courseUrl = new URL(partial.url ?? url.href, url);
    } catch {
      continue;
    }
    // Only courses of the page's own site: a link to another site's course is that site's to capture.
    if (siteIdFor(courseUrl) !== pageSite) {
      if (dropped.length < 50)
        dropped.push({
          reason: 'other site',
          text: courseUrl.href.slice(0, 120),
          method: [...methods].join('+'),
        });
      continue;
    }
    if (courses.length >= LIMITS.coursesPerPage) {
      if (dropped.length < 50) dropped.push({ reason: 'course cap', text: partial.title ?? '', method: '' });
      break;
    }
    const course = sanitizeCourse(partial, {
      site: pageSite,
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
    dropped,
  };
}
