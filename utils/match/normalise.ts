/**
 * Text normalisation shared by every matching stage: lower case, no diacritics, punctuation to spaces,
 * stray numbers and years dropped. Tokens such as `c++`, `c#`, `2d`, `3d`, `node.js` (→ nodejs) and
 * `.net` (→ dotnet) survive. Reduplicated Indonesian words (`kue-kue`, `sehari-hari`) keep their hyphen
 * so the stemmer can fold them; any other hyphen splits.
 */

const COMBINING = /[\u0300-\u036f]/g;
/** Keep letters, digits, hyphens and the symbols that make a tool name (c++, c#); everything else splits. */
const SPLIT = /[^\p{L}\p{N}+#-]+/u;
/** Years, plain numbers, ordinals and version numbers: they say nothing about the subject. */
const STRAY_NUMBER = /^\d+(st|nd|rd|th|x|s)?$/;

/** True when `a-b` is a reduplication: `kue-kue`, `sehari-hari`, `buah-buahan`. */
export function isReduplication(a: string, b: string): boolean {
  if (a.length < 2 || b.length < 2) return false;
  return a === b || a.endsWith(b) || b.startsWith(a);
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Plain ASCII text: lower-casing is all normalisation does to it (NFKD and the diacritic strip are no-ops). */
export function isAscii(text: string): boolean {
  return !NON_ASCII.test(text);
}

/** Words of a text after normalisation. */
export function words(text: string): string[] {
  const ascii = isAscii(text);
  const folded = foldCase(text, ascii);
  const out: string[] = [];
  if (ascii) scanAscii(out, folded, undefined);
  else for (const raw of folded.split(SPLIT)) if (raw) pushRaw(out, raw);
  return out;
}

function foldCase(text: string, ascii: boolean): string {
  let folded = ascii
    ? text.toLowerCase()
    : text.toLowerCase().normalize('NFKD').replace(COMBINING, '').toLowerCase();
  if (folded.includes('.js')) folded = folded.replace(/\b([a-z]+)\.js\b/g, '$1js');
  if (folded.includes('.net')) folded = folded.replace(/(^|[^a-z0-9])\.net\b/g, '$1dotnet');
  return folded;
}

/**
 * For plain ASCII text, `words(text)` and the indexes of the words that start a new phrase, in one
 * scan; undefined for other text. A phrase ends as PHRASE_END (analyse.ts) says: at , : ; | ! ? ( ) [ ]
 * { } /, at a full stop before a space or the end, and at a free-standing -, & or + between spaces.
 */
export function asciiWordsAndBreaks(text: string): { list: string[]; breaks: Set<number> } | undefined {
  if (!isAscii(text)) return undefined;
  const list: string[] = [];
  const breaks = new Set<number>();
  scanAscii(list, foldCase(text, true), breaks);
  return { list, breaks };
}

/** Punctuation that ends a phrase, by ASCII code. */
const PHRASE_PUNCTUATION = new Uint8Array(128);
for (const mark of ',:;|!?()[]{}/') PHRASE_PUNCTUATION[mark.charCodeAt(0)] = 1;

/** ASCII whitespace, as `\s` matches it. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * The runs of lower-cased ASCII text that SPLIT keeps (letters, digits, +, #, -), found by a scan:
 * most titles are plain ASCII, and a Unicode-aware regex split costs far more. With `breaks`, also
 * notes where a phrase ends (a lone - or + makes no word, so it can end a phrase here).
 */
function scanAscii(out: string[], folded: string, breaks: Set<number> | undefined): void {
  const length = folded.length;
  let start = -1;
  for (let i = 0; i <= length; i++) {
    const c = i < length ? folded.charCodeAt(i) : -1;
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 35 || c === 45) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      if (breaks && i - start === 1 && isLoneJoin(folded, start)) {
        if (out.length > 0) breaks.add(out.length);
      } else pushRaw(out, folded.slice(start, i));
      start = -1;
    }
    if (!breaks || c < 0) continue;
    const ends =
      PHRASE_PUNCTUATION[c] === 1 ||
      (c === 46 && (i + 1 === length || isSpace(folded.charCodeAt(i + 1)))) ||
      (c === 38 && isLoneJoin(folded, i));
    if (ends && out.length > 0) breaks.add(out.length);
  }
}

/** The character at `i` is -, & or + with a space on both sides: it joins two phrases. */
function isLoneJoin(folded: string, i: number): boolean {
  const c = folded.charCodeAt(i);
  return (
    (c === 45 || c === 38 || c === 43) &&
    i > 0 &&
    isSpace(folded.charCodeAt(i - 1)) &&
    i + 1 < folded.length &&
    isSpace(folded.charCodeAt(i + 1))
  );
}

/** One run between separators: a reduplication keeps its hyphen, any other hyphen splits. */
function pushRaw(out: string[], raw: string): void {
  if (!raw.includes('-')) {
    pushWord(out, raw);
    return;
  }
  const parts = raw.split('-').filter(Boolean);
  if (parts.length === 2 && isReduplication(parts[0]!, parts[1]!)) {
    pushWord(out, `${parts[0]}-${parts[1]}`);
  } else {
    for (const part of parts) pushWord(out, part);
  }
}

function pushWord(out: string[], raw: string): void {
  // a "+" or "#" on its own, or leading, is punctuation: "+ bonus", "#1"
  const first = raw.charCodeAt(0);
  const word = first === 43 || first === 35 ? raw.replace(/^[+#]+/, '') : raw;
  if (!word) return;
  const lead = word.charCodeAt(0);
  if (lead >= 48 && lead <= 57 && STRAY_NUMBER.test(word)) return;
  out.push(word);
}

/** Lower-cased, diacritic-free text with punctuation replaced by single spaces. */
export function normaliseText(text: string): string {
  return words(text).join(' ');
}
