/** A comparison: one course and the courses matched against it, with the user's verdicts. */
import type { MatchRecord } from '../match/candidate-index';
import type { Match } from '../match/compare';

/** A course as a comparison needs it: any stored Course, or a record read from a file. */
export type ComparableRecord = MatchRecord & { firstSeen?: number; lastSeen?: number };

export interface Comparison<R extends ComparableRecord = ComparableRecord> {
  from: R;
  matches: (Match<R> & { userVerdict?: boolean })[];
}
