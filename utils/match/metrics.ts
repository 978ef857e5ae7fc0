/**
 * Ranking metrics for graded labels (grade 2 = equivalent, 1 = related), as the dev set's README
 * defines them, and threshold calibration with k-fold cross-validation.
 */

export interface Judged {
  /** Ranked ids, best first. */
  ranked: readonly string[];
  /** Score of the top hit (0 when none). */
  topScore: number;
  equivalent: ReadonlySet<string>;
  related: ReadonlySet<string>;
}

export interface Metrics {
  queries: number;
  withEquivalents: number;
  withoutEquivalents: number;
  precisionAt1: number;
  /** Top hit graded 2 or 1. */
  relevantAt1: number;
  hitAt5: number;
  recallAt10: number;
  mrr: number;
  /** Share of queries without equivalents whose top hit clears the match threshold. */
  falsePositiveRate: number;
  /** Share of queries with equivalents whose top hit is grade 2 and clears the threshold. */
  answeredCorrectly: number;
}

export function evaluate(judged: readonly Judged[], threshold: number, cut = 50): Metrics {
  const matched = judged.filter((item) => item.equivalent.size > 0);
  const unmatched = judged.filter((item) => item.equivalent.size === 0);
  const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);
  const p1 = matched.map((item) =>
    item.ranked[0] !== undefined && item.equivalent.has(item.ranked[0]) ? 1 : 0,
  );
  return {
    queries: judged.length,
    withEquivalents: matched.length,
    withoutEquivalents: unmatched.length,
    precisionAt1: mean(p1),
    relevantAt1: mean(
      matched.map((item) => {
        const top = item.ranked[0];
        return top !== undefined && (item.equivalent.has(top) || item.related.has(top)) ? 1 : 0;
      }),
    ),
    hitAt5: mean(
      matched.map((item) => (item.ranked.slice(0, 5).some((id) => item.equivalent.has(id)) ? 1 : 0)),
    ),
    recallAt10: mean(
      matched.map(
        (item) =>
          item.ranked.slice(0, 10).filter((id) => item.equivalent.has(id)).length /
          Math.min(10, item.equivalent.size),
      ),
    ),
    mrr: mean(
      matched.map((item) => {
        const rank = item.ranked.slice(0, cut).findIndex((id) => item.equivalent.has(id));
        return rank < 0 ? 0 : 1 / (rank + 1);
      }),
    ),
    falsePositiveRate: mean(
      unmatched.map((item) => (item.ranked.length > 0 && item.topScore >= threshold ? 1 : 0)),
    ),
    answeredCorrectly: mean(
      matched.map((item, index) => (p1[index] === 1 && item.topScore >= threshold ? 1 : 0)),
    ),
  };
}

/**
 * The lowest threshold whose no-match false-positive rate is at most `maxFalsePositive`: the most
 * matches shown for that error budget.
 */
export function calibrate(judged: readonly Judged[], maxFalsePositive = 0.1): number {
  const candidates = [...new Set(judged.map((item) => item.topScore))].sort((a, b) => a - b);
  for (const value of candidates) {
    const threshold = value + 1e-9;
    if (evaluate(judged, threshold).falsePositiveRate <= maxFalsePositive) {
      // halfway to the next lower no-match score keeps a margin on both sides
      const below = judged
        .filter((item) => item.equivalent.size === 0 && item.topScore < threshold)
        .reduce((max, item) => Math.max(max, item.topScore), 0);
      return Math.max(below + 1e-6, (below + threshold) / 2);
    }
  }
  return 1;
}

/** k-fold cross-validated threshold metrics: calibrate on k-1 folds, measure on the held-out one. */
export function crossValidate(
  judged: readonly Judged[],
  folds = 5,
  maxFalsePositive = 0.1,
): { falsePositiveRate: number; answeredCorrectly: number; thresholds: number[] } {
  const thresholds: number[] = [];
  let fp = 0;
  let fpCount = 0;
  let answered = 0;
  let answeredCount = 0;
  for (let fold = 0; fold < folds; fold++) {
    const train = judged.filter((_, index) => index % folds !== fold);
    const test = judged.filter((_, index) => index % folds === fold);
    const threshold = calibrate(train, maxFalsePositive);
    thresholds.push(threshold);
    const metrics = evaluate(test, threshold);
    fp += metrics.falsePositiveRate * metrics.withoutEquivalents;
    fpCount += metrics.withoutEquivalents;
    answered += metrics.answeredCorrectly * metrics.withEquivalents;
    answeredCount += metrics.withEquivalents;
  }
  return { falsePositiveRate: fp / fpCount, answeredCorrectly: answered / answeredCount, thresholds };
}

/**
 * Held-out figures by group (a category, a whole labelled set): for each group the threshold is
 * calibrated on all the other groups and measured on that group alone; the figures are pooled over
 * the held-out queries. A threshold that only fits one kind of catalogue shows up here.
 */
export function leaveGroupOut(
  judged: readonly Judged[],
  groups: readonly string[],
  maxFalsePositive = 0.1,
): {
  falsePositiveRate: number;
  answeredCorrectly: number;
  byGroup: Array<{ group: string; threshold: number; metrics: Metrics }>;
} {
  const names = [...new Set(groups)].sort();
  const byGroup: Array<{ group: string; threshold: number; metrics: Metrics }> = [];
  let fp = 0;
  let fpCount = 0;
  let answered = 0;
  let answeredCount = 0;
  for (const group of names) {
    const train = judged.filter((_, index) => groups[index] !== group);
    const test = judged.filter((_, index) => groups[index] === group);
    const threshold = calibrate(train, maxFalsePositive);
    const metrics = evaluate(test, threshold);
    byGroup.push({ group, threshold, metrics });
    fp += metrics.falsePositiveRate * metrics.withoutEquivalents;
    fpCount += metrics.withoutEquivalents;
    answered += metrics.answeredCorrectly * metrics.withEquivalents;
    answeredCount += metrics.withEquivalents;
  }
  return {
    falsePositiveRate: fpCount ? fp / fpCount : 0,
    answeredCorrectly: answeredCount ? answered / answeredCount : 0,
    byGroup,
  };
}

/**
 * The threshold rule across labelled sets: the lowest threshold whose no-match false-positive rate is
 * at most `maxFalsePositive` on every set, so the set where the engine is most easily fooled decides,
 * whichever catalogue it comes from.
 */
export function calibrateAcross(sets: ReadonlyArray<readonly Judged[]>, maxFalsePositive = 0.1): number {
  return Math.max(...sets.map((judged) => calibrate(judged, maxFalsePositive)));
}

/**
 * k-fold cross-validation of `calibrateAcross`: each set is split into the same k folds; the threshold
 * is fitted on the k-1 training folds of every set and measured on the held-out fold of each.
 */
export function crossValidateAcross(
  sets: ReadonlyArray<readonly Judged[]>,
  folds = 5,
  maxFalsePositive = 0.1,
): { falsePositiveRate: number[]; answeredCorrectly: number[]; thresholds: number[] } {
  const thresholds: number[] = [];
  const fp = sets.map(() => [0, 0]);
  const answered = sets.map(() => [0, 0]);
  for (let fold = 0; fold < folds; fold++) {
    const train = sets.map((judged) => judged.filter((_, index) => index % folds !== fold));
    const threshold = calibrateAcross(train, maxFalsePositive);
    thresholds.push(threshold);
    sets.forEach((judged, s) => {
      const metrics = evaluate(
        judged.filter((_, index) => index % folds === fold),
        threshold,
      );
      fp[s]![0]! += metrics.falsePositiveRate * metrics.withoutEquivalents;
      fp[s]![1]! += metrics.withoutEquivalents;
      answered[s]![0]! += metrics.answeredCorrectly * metrics.withEquivalents;
      answered[s]![1]! += metrics.withEquivalents;
    });
  }
  return {
    falsePositiveRate: fp.map(([sum, count]) => (count ? sum! / count : 0)),
    answeredCorrectly: answered.map(([sum, count]) => (count ? sum! / count : 0)),
    thresholds,
  };
}
