/**
 * Quality floors on the labelled dev set (../shared/data/match-dev), a little under what the engine
 * reaches, so a regression fails. Skips with a reason when the shared data is absent, fails under CI.
 */
import { describe, expect, it } from 'vitest';
import { judgeEngine } from '../../../scripts/eval-match';
import { loadLabels, loadPool, loadPrakerja, sharedDataMissing } from '../../../scripts/lib/shared-data';
import { DEFAULT_THRESHOLDS } from '../../../utils/match/compare';
import { crossValidate, evaluate } from '../../../utils/match/metrics';

const missing = sharedDataMissing();
if (missing && process.env.CI) throw new Error(`CI needs the shared data: ${missing}`);
if (missing) console.warn(`skipping match-dev corpus test: ${missing}`);

describe.skipIf(Boolean(missing))('engine on match-dev', () => {
  it('clears the quality floors', { timeout: 120_000 }, async () => {
    const judged = await judgeEngine(loadLabels(), await loadPool(), await loadPrakerja());
    const metrics = evaluate(judged, DEFAULT_THRESHOLDS.equivalent);
    expect(metrics.precisionAt1).toBeGreaterThanOrEqual(0.8);
    expect(metrics.hitAt5).toBeGreaterThanOrEqual(0.95);
    expect(metrics.recallAt10).toBeGreaterThanOrEqual(0.85);
    expect(metrics.mrr).toBeGreaterThanOrEqual(0.87);
    expect(metrics.falsePositiveRate).toBeLessThanOrEqual(0.1);
    // the threshold must hold on queries it was not fitted on, too
    expect(crossValidate(judged, 5, 0.1).falsePositiveRate).toBeLessThanOrEqual(0.1);
  });
});
