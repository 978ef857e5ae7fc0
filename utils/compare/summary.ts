/**
 * What the in-page badge says about a course: how many comparable courses the library holds on the
 * other side, and the cheapest of them in rupiah ("5 kursus serupa · mulai Rp0"). Types only, so the
 * content script and the messaging protocol never reach the database code.
 */
import type { Side } from '../model';

export interface MatchSummary {
  courseId: string;
  url?: string;
  title: string;
  side: Side;
  /** Comparable courses found (equivalent or related, user's "not the same" excluded). */
  count: number;
  equivalents: number;
  /** Lowest price among them, in rupiah. */
  cheapestIdr?: number;
}
