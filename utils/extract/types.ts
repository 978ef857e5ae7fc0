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
}
