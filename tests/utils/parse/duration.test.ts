import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JP_HOURS, parseDuration, parseIsoDuration, secondsToHours } from '@/utils/parse/duration';

describe('parseDuration', () => {
  it.each([
    ['15 JP', 15 * JP_HOURS],
    ['Durasi: 15 JP', 15 * JP_HOURS],
    ['16 Jam Pelajaran', 16 * JP_HOURS],
    ['2 jam 30 menit', 2.5],
    ['2 Jam', 2],
    ['45 menit', 0.75],
    ['8.5 total hours', 8.5],
    ['8,5 jam', 8.5],
    ['1 total hour', 1],
    ['14.5 total hours', 14.5],
    ['7min', 0.12],
    ['PT2H44M', 2.73],
    ['P1DT3H', 27],
    ['4 minggu, 3 jam/minggu', 12],
    ['3 jam per minggu selama 4 minggu', 12],
    ['6-8 hours a week, 9 weeks long', 63],
    ['5-10 hours a week, 6 weeks long', 45],
    ['19 hours worth of material, 7 weeks long', 19],
    ['8-9 hours worth of material, 4 weeks long', 8.5],
    ['2 bulan, 5 jam/minggu', 43.33],
    ['Approx. 20 hours to complete', 20],
  ])('%s → %d h', (text, hours) => {
    expect(parseDuration(text)).toBeCloseTo(hours, 2);
  });

  it.each([['3 jam/minggu'], ['On-Demand'], ['Self paced'], [''], ['4 minggu'], ['13th Mar, 2023']])(
    '%s states no total',
    (text) => {
      expect(parseDuration(text)).toBeUndefined();
    },
  );

  it('converts seconds', () => {
    expect(secondsToHours(30422)).toBe(8.45);
    expect(secondsToHours('x')).toBeUndefined();
  });
});

describe('duration properties', () => {
  it('never throws, and answers a positive bounded number or nothing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        for (const hours of [parseDuration(text), parseIsoDuration(text)]) {
          if (hours !== undefined) {
            expect(hours).toBeGreaterThan(0);
            expect(hours).toBeLessThanOrEqual(10_000);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips hours and minutes written in Indonesian and as ISO', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 59 }), (h, m) => {
        fc.pre(h + m > 0);
        const expected = Math.round((h + m / 60) * 100) / 100;
        expect(parseDuration(`${h} jam ${m} menit`)).toBe(expected);
        expect(parseDuration(`PT${h}H${m}M`)).toBe(expected);
      }),
    );
  });

  it('round-trips JP counts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (jp) => {
        expect(parseDuration(`${jp} JP`)).toBe(Math.round(jp * JP_HOURS * 100) / 100);
      }),
    );
  });
});
