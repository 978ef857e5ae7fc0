/** A match's reasons split for display: what both courses share, and the notes on what differs. */
import type { Match } from '../match/compare';

const PINNED = 'your verdict: same course';

export function whyParts(match: Pick<Match, 'why' | 'notes'>): { shared: string[]; notes: string[] } {
  const notes = match.notes ?? [];
  const noted = new Set([...notes, PINNED]);
  return { shared: match.why.filter((reason) => !noted.has(reason)), notes };
}
