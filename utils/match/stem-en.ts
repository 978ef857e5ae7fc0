/**
 * A light English stemmer: enough to fold plural, -ing, -ed, -er, -ment, -ation and -ly forms onto one
 * key (design, designs, designer, designing → design; code, coding → cod). The key is only ever
 * compared with other keys, so it need not be a real word. Never returns an empty string.
 */

const VOWEL = /[aeiouy]/;
const DOUBLE = /([^aeiouslz])\1$/;
const MIN = 3;

function cut(word: string, suffix: string, replacement = ''): string | undefined {
  if (!word.endsWith(suffix)) return undefined;
  const stem = word.slice(0, -suffix.length) + replacement;
  return stem.length >= MIN && VOWEL.test(stem) ? stem : undefined;
}

function undouble(stem: string): string {
  return DOUBLE.test(stem) ? stem.slice(0, -1) : stem;
}

export function stemEn(input: string): string {
  let word = input;
  if (word.length <= MIN || !/^[a-z]+$/.test(word)) return word;
  // plurals
  if (word.endsWith('sses')) word = word.slice(0, -2);
  else if (word.endsWith('ies') && word.length > 4) word = `${word.slice(0, -3)}y`;
  else if (word.endsWith('s') && !/(ss|us|is|ous)$/.test(word) && word.length > 3) word = word.slice(0, -1);
  // derivational and inflectional endings, one of them
  const steps: Array<[string, string, boolean]> = [
    ['ational', 'ate', false],
    ['ation', 'ate', false],
    ['ization', 'ize', false],
    ['ments', '', false],
    ['ment', '', false],
    ['ness', '', false], // only for stems of five or more: business stays whole
    ['ingly', '', true],
    ['edly', '', true],
    ['ing', '', true],
    ['ed', '', true],
    ['ers', '', true],
    ['er', '', true],
    ['or', '', false],
    ['ly', '', false],
  ];
  for (const [suffix, replacement, double] of steps) {
    if (suffix === 'or' && word.length < 7) continue;
    if (suffix.startsWith('er') && word.length < 6) continue;
    if (suffix === 'ness' && word.length < 9) continue;
    const stem = cut(word, suffix, replacement);
    if (stem) {
      word = double ? undouble(stem) : stem;
      break;
    }
  }
  // a final silent e: code/coding, make/making
  if (word.length >= 4 && word.endsWith('e')) word = word.slice(0, -1);
  return word || input;
}
