import { describe, expect, it } from 'vitest';
import {
  calibrate,
  calibrateAcross,
  crossValidateAcross,
  type Judged,
  leaveGroupOut,
} from '../../../utils/match/metrics';

/** A query without equivalents whose top hit scored `score`, or one with an equivalent found first. */
const none = (score: number): Judged => ({
  ranked: ['x'],
  topScore: score,
  equivalent: new Set(),
  related: new Set(),
});
const hit = (score: number): Judged => ({
  ranked: ['a'],
  topScore: score,
  equivalent: new Set(['a']),
  related: new Set(),
});

describe('thresholds across sets', () => {
  const easy = [none(0.2), none(0.3), hit(0.6), hit(0.7)];
  const hard = [none(0.5), none(0.65), hit(0.7), hit(0.8)];

  it('the rule across sets is decided by the set where the engine is most easily fooled', () => {
    expect(calibrate(easy, 0)).toBeLessThan(0.31);
    expect(calibrateAcross([easy, hard], 0)).toBeGreaterThan(0.65);
    expect(calibrateAcross([easy, hard], 0)).toBe(calibrate(hard, 0));
  });

  it('cross-validates the rule on held-out folds of every set', () => {
    const result = crossValidateAcross([easy, hard], 2, 0);
    expect(result.thresholds).toHaveLength(2);
    expect(result.falsePositiveRate).toHaveLength(2);
    for (const rate of result.falsePositiveRate) expect(rate).toBeGreaterThanOrEqual(0);
  });

  it('measures each group with the threshold fitted on the others', () => {
    const result = leaveGroupOut([...easy, ...hard], ['e', 'e', 'e', 'e', 'h', 'h', 'h', 'h'], 0);
    const easyGroup = result.byGroup.find((group) => group.group === 'e')!;
    const hardGroup = result.byGroup.find((group) => group.group === 'h')!;
    // fitted on the hard set, the easy set shows no false positives; fitted on the easy one, the hard
    // set shows both of its no-match queries as matches
    expect(easyGroup.metrics.falsePositiveRate).toBe(0);
    expect(hardGroup.metrics.falsePositiveRate).toBe(1);
  });
});
