/** Cleaning untrusted text: nothing that changes how text is shown survives, and cuts keep characters whole. */
import { describe, expect, it } from 'vitest';
import { cleanText } from '@/utils/extract/text';

describe('cleanText', () => {
  it.each([
    ['bidi override', 'Rp 1.500.000\u202e000.0', 'Rp 1.500.000000.0'],
    ['bidi embedding and pop', '\u202aExcel\u202c Dasar', 'Excel Dasar'],
    ['bidi isolates', '\u2066Kelas\u2069 \u2067A\u2069 \u2068B\u2069', 'Kelas A B'],
    ['byte-order mark', '\ufeffPelatihan Excel', 'Pelatihan Excel'],
    ['soft hyphen inside a word', 'Ex\u00adcel', 'Excel'],
    ['zero-width space and joiner', 'Data\u200bAnaly\u200dsis', 'DataAnalysis'],
    ['controls become spaces', 'Kelas\u0000A\tB\nC', 'Kelas A B C'],
  ])('strips %s', (_name, input, output) => {
    expect(cleanText(input, 400)).toBe(output);
  });

  it('cuts by code point, never inside a surrogate pair', () => {
    const text = `${'a'.repeat(8)}😀😀😀`;
    const cut = cleanText(text, 10)!;
    expect(cut).toBe(`${'a'.repeat(8)}😀…`);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('drops a half character left by someone else’s cut', () => {
    expect(cleanText('Kelas \ud83d', 100)).toBe('Kelas');
  });

  it('reads a hostile 100,000-space value down to what it can use', () => {
    expect(cleanText(`Harga${' '.repeat(100_000)}Rp 1`, 50)).toBe('Harga');
  });
});
