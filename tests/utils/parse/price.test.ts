import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFreeText, parsePrice, parsePrices, readPriceText } from '@/utils/parse/price';

describe('parsePrice', () => {
  it.each([
    ['Rp 1.500.000', 1_500_000, 'IDR'],
    ['Rp1.500.000', 1_500_000, 'IDR'],
    ['Rp1,5 jt', 1_500_000, 'IDR'],
    ['Rp 1.5juta', 1_500_000, 'IDR'],
    ['Rp 1,25 juta', 1_250_000, 'IDR'],
    ['IDR 1.500.000,00', 1_500_000, 'IDR'],
    ['IDR 1,500,000.00', 1_500_000, 'IDR'],
    ['Rp 250rb', 250_000, 'IDR'],
    ['Rp 250 ribu', 250_000, 'IDR'],
    ['Rp 99k', 99_000, 'IDR'],
    ['Rp 1.500.000,-', 1_500_000, 'IDR'],
    ['Rp. 750.000', 750_000, 'IDR'],
    ['Harga: Rp 3.500.000 saja', 3_500_000, 'IDR'],
    ['Rp 0', 0, 'IDR'],
    ['Gratis', 0, 'IDR'],
    ['Free', 0, 'IDR'],
    ['$19.99', 19.99, 'USD'],
    ['€12,99', 12.99, 'EUR'],
    ['12,99 €', 12.99, 'EUR'],
    ['€14.99', 14.99, 'EUR'],
    ['€1.234,50', 1234.5, 'EUR'],
    ['US$ 49', 49, 'USD'],
    ['USD 1,299', 1299, 'USD'],
    ['Current price: €14.99', 14.99, 'EUR'],
    ['£30', 30, 'GBP'],
  ])('%s → %d %s', (text, amount, currency) => {
    expect(parsePrice(text)).toEqual({ amount, currency });
  });

  it.each([['Saldo'], ['15 JP'], ['4,8 (1.234 ulasan)'], [''], ['Rp 99999999999999999'], ['Rp']])(
    '%s has no price',
    (text) => {
      expect(parsePrice(text)).toBeUndefined();
    },
  );

  it('reads every price in order', () => {
    expect(parsePrices('Rp 1.500.000 Rp 1.200.000')).toEqual([
      { amount: 1_500_000, currency: 'IDR' },
      { amount: 1_200_000, currency: 'IDR' },
    ]);
  });

  it('tells free words from words that contain them', () => {
    expect(isFreeText('Gratis ongkir')).toBe(true);
    expect(isFreeText('Freelance writing')).toBe(false);
    expect(isFreeText('Rp 0')).toBe(true);
    expect(isFreeText('Rp 0,5 jt')).toBe(false);
  });
});

describe('readPriceText: the struck-through original beside the current price', () => {
  it('uses the struck text as the list price', () => {
    expect(readPriceText('Rp 1.500.000 Rp 750.000 50%', 'Rp 1.500.000')).toEqual({
      price: { amount: 750_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
    });
  });
  it('takes the higher of two prices as the original when nothing is struck', () => {
    expect(readPriceText('Rp 750.000 Rp 1.500.000')).toEqual({
      price: { amount: 750_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
    });
  });
  it('marks free courses', () => {
    expect(readPriceText('Gratis', 'Rp 300.000')).toEqual({
      price: { amount: 0, currency: 'IDR' },
      free: true,
    });
  });
});

describe('price properties', () => {
  it('never throws on any string, and what it returns is valid money', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        for (const money of parsePrices(text)) {
          expect(money.amount).toBeGreaterThanOrEqual(0);
          expect(money.amount).toBeLessThanOrEqual(1e12);
          expect(money.currency).toMatch(/^[A-Z]{3}$/);
        }
        readPriceText(text, text);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips rupiah written the Indonesian way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (amount) => {
        const written = `Rp ${amount.toLocaleString('id-ID')}`;
        expect(parsePrice(written)).toEqual({ amount, currency: 'IDR' });
      }),
    );
  });

  it('round-trips dollars with cents written the English way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const amount = cents / 100;
        const written = `$${amount.toLocaleString('en-US', { minimumFractionDigits: 2 })}`;
        expect(parsePrice(written)).toEqual({ amount, currency: 'USD' });
      }),
    );
  });

  it('round-trips euros written the European way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (cents) => {
        const amount = cents / 100;
        const written = `${amount.toLocaleString('de-DE', { minimumFractionDigits: 2 })} €`;
        expect(parsePrice(written)).toEqual({ amount, currency: 'EUR' });
      }),
    );
  });
});
