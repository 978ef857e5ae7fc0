/**
 * Spelling bridges for words no table knows: a typo that swaps two letters ("javacsript") is read as
 * the known word it garbles, and an Indonesian loanword is respelt the English way ("virtualisasi" →
 * virtualization, "kontainer" → container), so it meets English titles through the English stemmer.
 */

/** Words shorter than this are left alone: a swap in a short word makes another word too easily. */
const MIN_FUZZY = 5;

/**
 * The one known word this word becomes by swapping two adjacent letters, if exactly one does (first
 * letters kept: a typo rarely hits the first letter, and it keeps "resign" from reading as "design").
 */
export function untransposed(word: string, known: (word: string) => boolean): string | undefined {
  if (word.length < MIN_FUZZY || !/^[a-z]+$/.test(word)) return undefined;
  let found: string | undefined;
  for (let i = 1; i < word.length - 1; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    if (!known(swapped)) continue;
    if (found !== undefined && found !== swapped) return undefined;
    found = swapped;
  }
  return found;
}

/**
 * Regular correspondences of Indonesian loanwords from English, applied to the end of the word and
 * to k before a, o, u, l, r or t (English c). Order matters: the longest ending first.
 */
const ENDINGS: ReadonlyArray<[RegExp, string]> = [
  [/isasi$/, 'ization'],
  [/asi$/, 'ation'],
  [/itas$/, 'ity'],
  [/isme$/, 'ism'],
  [/ika$/, 'ics'],
  [/ik$/, 'ic'],
];

/** The English spelling of an Indonesian loanword, or undefined when no correspondence applies. */
export function transliterate(word: string): string | undefined {
  if (word.length < MIN_FUZZY || !/^[a-z]+$/.test(word)) return undefined;
  let out = word;
  let changed = false;
  for (const [ending, english] of ENDINGS) {
    if (ending.test(out)) {
      const next = out.replace(ending, english);
      changed ||= next !== out;
      out = next;
      break;
    }
  }
  const respelt = out.replace(/k(?=[aoulrt])/g, 'c');
  if (respelt !== out) changed = true;
  return changed ? respelt : undefined;
}
