import type { CapturedCourseInput } from '../model';

/** What one extraction method saw of one course: any subset of the fields. */
export type PartialCourse = Partial<Omit<CapturedCourseInput, 'extractor' | 'source'>>;

/** Told about each would-be course an extractor refused, and why ("call to action", "placeholder"). */
export type DropSink = (reason: string, text: string) => void;

/**
 * One way of reading courses off a page. Extractors never throw on a strange page: they return
 * what they could read. They take the document and URL rather than globals, so they run in Node too.
 */
export interface Extractor {
  /** Short id, shown in the capture report ("jsonld", "udemy", "listing"). */
  name: string;
  version: number;
  extract(doc: Document, url: URL, drop?: DropSink): PartialCourse[];
  /**
   * The same work cut into steps: each `yield` is a point where a live capture may give the page its
   * main thread back. Optional; `extract` runs the steps to the end.
   */
  steps?(doc: Document, url: URL, drop?: DropSink): Generator<void, PartialCourse[], void>;
}

/** Run an extractor's steps to the end, synchronously. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
