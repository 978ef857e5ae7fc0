/**
 * One price grammar: currency-then-amount is read before amount-then-currency, so a number written
 * before a price ("Sesi 2", "Batch 3", a "0" discount badge) never becomes the amount.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumberToken, toNumber } from '@/utils/parse/number';
import { parsePrice, parsePrices } from '@/utils/parse/price';

describe('currency before the amount wins', () => {
  it.each([
    ['Sesi 2 Rp 150.000', 150_000],
    ['Batch 3 Rp 1.500.000', 1_500_000],
    ['- 0 Rp 20.000', 20_000],
    ['Angkatan 12 IDR 750.000', 750_000],
  ])('%s', (text, amount) => {
    expect(parsePrice(text)).toEqual({ amount, currency: 'IDR' });
  });

  it('still reads amount-then-currency where no currency comes first', () => {
    expect(parsePrices('12,99 € · 1.500.000 IDR')).toEqual([
      { amount: 12.99, currency: 'EUR' },
      { amount: 1_500_000, currency: 'IDR' },
    ]);
  });
});

describe('one number reader', () => {
  it('reads "1.500.000" and "1.500" as thousands, everywhere', () => {
    expect(toNumber('1.500.000')).toBe(1_500_000);
    expect(toNumber('1.500')).toBe(1500);
    expect(toNumber('4.5')).toBe(4.5);
    expect(toNumber('4,5')).toBe(4.5);
    expect(toNumber(150_000)).toBe(150_000);
    expect(toNumber('n/a')).toBeUndefined();
    expect(toNumber(Number.NaN)).toBeUndefined();
  });
});

/** Rupiah amounts as Indonesian pages write them. */
const dotted = (amount: number) => amount.toLocaleString('id-ID');
const rupiah = fc
  .tuple(
    fc.integer({ min: 1, max: 99_999 }).map((n) => n * 1000),
    fc.constantFrom('Rp ', 'Rp', 'Rp. ', 'IDR ', 'Rp\u00a0'),
    fc.constantFrom('', ',-', ',00'),
  )
  .map(([amount, symbol, tail]) => ({ amount, text: `${symbol}${dotted(amount)}${tail}` }));
const noise = fc.constantFrom(
  '',
  'Sesi 2 ',
  'Batch 3 ',
  '0 ',
  'Diskon 50% ',
  'Hemat 10 ',
  'Kelas 1 dari 4: ',
);

describe('price grammar properties', () => {
  it('a rupiah price after any short numbered text reads as written', () => {
    fc.assert(
      fc.property(noise, rupiah, (prefix, { amount, text }) => {
        expect(parsePrice(`${prefix}${text}`)).toEqual({ amount, currency: 'IDR' });
      }),
    );
  });

  it('a struck original and the current price read in order', () => {
    fc.assert(
      fc.property(rupiah, rupiah, ({ amount: a, text: ta }, { amount: b, text: tb }) => {
        expect(parsePrices(`${ta} ${tb}`).map((money) => money.amount)).toEqual([a, b]);
      }),
    );
  });

  it('thousands separators read the same in number and price', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 10_000_000_000 }), (amount) => {
        expect(parseNumberToken(dotted(amount))).toBe(amount);
        expect(toNumber(dotted(amount))).toBe(amount);
        expect(parsePrice(`Rp ${dotted(amount)}`)?.amount).toBe(amount);
      }),
    );
  });

  it('never throws and never reads a negative or unbounded amount', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (text) => {
        for (const money of parsePrices(text)) {
          expect(money.amount).toBeGreaterThanOrEqual(0);
          expect(money.amount).toBeLessThanOrEqual(1e12);
        }
      }),
    );
  });
});
