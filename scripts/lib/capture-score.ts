/**
 * Score what a capture found against a page's truth: titles recall and precision (a title matches when
 * the normalised texts agree), and the share of matched courses whose price and provider are right.
 */
export interface Expected {
  title: string;
  price?: number;
  provider?: string;
}

export interface Found {
  title: string;
  price?: { amount: number; currency: string };
  provider?: string;
}

export interface Score {
  expected: number;
  found: number;
  matched: number;
  priceTotal: number;
  priceRight: number;
  providerTotal: number;
  providerRight: number;
  missed: string[];
  junk: string[];
  wrong: string[];
}

export const normaliseTitle = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[.…\s]+$/, '')
    .trim();

const emptyScore = (): Score => ({
  expected: 0,
  found: 0,
  matched: 0,
  priceTotal: 0,
  priceRight: 0,
  providerTotal: 0,
  providerRight: 0,
  missed: [],
  junk: [],
  wrong: [],
});

export function scorePage(expected: readonly Expected[], found: readonly Found[]): Score {
  const byTitle = new Map(found.map((course) => [normaliseTitle(course.title), course]));
  const wanted = new Set(expected.map((course) => normaliseTitle(course.title)));
  const score: Score = { ...emptyScore(), expected: wanted.size, found: byTitle.size };
  const seen = new Set<string>();
  for (const truth of expected) {
    const key = normaliseTitle(truth.title);
    if (seen.has(key)) continue;
    seen.add(key);
    const course = byTitle.get(key);
    if (!course) {
      score.missed.push(truth.title);
      continue;
    }
    score.matched += 1;
    if (truth.price !== undefined) {
      score.priceTotal += 1;
      if (course.price?.currency === 'IDR' && course.price.amount === truth.price) score.priceRight += 1;
      else score.wrong.push(`price ${truth.title}: ${JSON.stringify(course.price)} ≠ ${truth.price}`);
    }
    if (truth.provider !== undefined) {
      score.providerTotal += 1;
      if (normaliseTitle(course.provider ?? '') === normaliseTitle(truth.provider)) score.providerRight += 1;
      else score.wrong.push(`provider ${truth.title}: ${course.provider} ≠ ${truth.provider}`);
    }
  }
  for (const key of byTitle.keys()) if (!wanted.has(key)) score.junk.push(byTitle.get(key)!.title);
  return score;
}

export function addScores(scores: readonly Score[]): Score {
  const total = emptyScore();
  for (const score of scores) {
    for (const key of [
      'expected',
      'found',
      'matched',
      'priceTotal',
      'priceRight',
      'providerTotal',
      'providerRight',
    ] as const)
      total[key] += score[key];
    total.missed.push(...score.missed);
    total.junk.push(...score.junk);
    total.wrong.push(...score.wrong);
  }
  return total;
}

const ratio = (a: number, b: number) => (b === 0 ? '  –  ' : (a / b).toFixed(3));

export function formatScore(name: string, score: Score): string {
  return `${name.padEnd(34)} titles recall ${ratio(score.matched, score.expected)} precision ${ratio(score.matched, score.found)}  price ${ratio(score.priceRight, score.priceTotal)}  provider ${ratio(score.providerRight, score.providerTotal)}  (${score.matched}/${score.expected} found, ${score.found - score.matched} junk)`;
}
