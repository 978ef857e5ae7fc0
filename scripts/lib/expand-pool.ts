/**
 * Bench data maker: grows the real pool (about 4.5k courses) to any size with plausible titles. Each new
 * title is a real title with one or two words swapped for words from another real title, plus now and
 * then a suffix that catalogues use. Deterministic (seeded), so runs compare.
 */
import type { MatchRecord } from '../../utils/match/candidate-index';

export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SUFFIXES = [
  '',
  '',
  '',
  ' for Beginners',
  ' - Complete Course',
  ' 2.0',
  ': Part 2',
  ' Masterclass',
  ' (Updated)',
  ' Bootcamp',
];

export function expandPool<R extends MatchRecord>(
  real: readonly R[],
  size: number,
  seed = 42,
): MatchRecord[] {
  const random = seededRandom(seed);
  const out: MatchRecord[] = real.map((record) => ({
    id: record.id,
    title: record.title,
    site: record.site,
  }));
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  let n = 0;
  while (out.length < size) {
    const base = pick(real);
    const donor = pick(real).title.split(/\s+/);
    const titleWords = base.title.split(/\s+/);
    const swaps = 1 + Math.floor(random() * 2);
    for (let s = 0; s < swaps && titleWords.length > 1; s++) {
      titleWords[Math.floor(random() * titleWords.length)] = pick(donor);
    }
    out.push({
      id: `synthetic:${n++}`,
      title: `${titleWords.join(' ')}${pick(SUFFIXES)}`,
      site: 'synthetic',
    });
  }
  return out;
}
