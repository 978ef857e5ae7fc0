/**
 * Strict UTF-8 for files read from disk: a catalogue in Latin-1 or with a cut multi-byte character
 * must be refused with the byte offset to look at, never decoded into replacement characters.
 */

/** Thrown for bytes that are not UTF-8; `offset` is where the first bad sequence starts. */
export class Utf8Error extends Error {
  override name = 'Utf8Error';
  constructor(readonly offset: number) {
    super(`is not valid UTF-8 (first bad byte at offset ${offset}); save it as UTF-8 and try again`);
  }
}

export function decodeUtf8Strict(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Utf8Error(Math.max(0, firstInvalidUtf8(bytes)));
  }
}

/** The offset of the first byte sequence that is not well-formed UTF-8 (WHATWG / Unicode table 3-7), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f; // no surrogates
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f; // nothing above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const byte = bytes[i + k];
      const [min, max] = k === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return i;
    }
    i += need + 1;
  }
  return -1;
}
