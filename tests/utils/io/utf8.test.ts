import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8Strict, firstInvalidUtf8, Utf8Error } from '@/utils/io/utf8';

const decodes = (bytes: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
};

describe('strict UTF-8', () => {
  it.each([
    ['a Latin-1 é', [0x43, 0x61, 0x66, 0xe9], 3],
    ['a cut 3-byte character at the end', [0x61, 0xe2, 0x82], 1],
    ['an overlong slash', [0x61, 0x62, 0xc0, 0xaf], 2],
    ['an encoded surrogate', [0xed, 0xa0, 0x80], 0],
    ['a code point above U+10FFFF', [0x20, 0xf4, 0x90, 0x80, 0x80], 1],
  ])('finds %s', (_label, bytes, offset) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(offset);
    expect(() => decodeUtf8Strict(Uint8Array.from(bytes))).toThrow(Utf8Error);
    expect(() => decodeUtf8Strict(Uint8Array.from(bytes))).toThrow(`offset ${offset}`);
  });

  it('decodes good text as TextDecoder does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(firstInvalidUtf8(bytes)).toBe(-1);
        expect(decodeUtf8Strict(bytes)).toBe(text);
      }),
    );
  });

  it('agrees with the fatal TextDecoder on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(firstInvalidUtf8(bytes) === -1).toBe(decodes(bytes));
      }),
      { numRuns: 2000 },
    );
  });
});
