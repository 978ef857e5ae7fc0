/**
 * A light Indonesian stemmer. Indonesian affixation is ambiguous (pemula = pe+mula, pemasaran =
 * peN+pasar+an), so besides one deterministic `stemId` it offers `stemIdCandidates`: every plausible
 * root, most stripped last. The concept stage looks each candidate up in the glossary and keeps the first
 * one it knows, which resolves most ambiguity without a dictionary.
 */

const PARTICLES = ['lah', 'kah', 'tah', 'pun'];
const POSSESSIVES = ['nya', 'ku', 'mu'];
const SUFFIXES = ['kan', 'an', 'i'];
const VOWEL = /^[aiueo]/;
const MIN_ROOT = 3;

interface PrefixRule {
  prefix: string;
  /** Letters to try in front of what remains (the nasal assimilation `meny-` ← s, `mem-` ← p, ...). */
  restore: readonly string[];
  /** Only when the remainder starts with a vowel. */
  beforeVowel?: boolean;
}

// Longest first; each rule may yield more than one root.
const PREFIXES: readonly PrefixRule[] = [
  { prefix: 'menge', restore: [''] },
  { prefix: 'penge', restore: [''] },
  { prefix: 'memper', restore: [''] },
  { prefix: 'diper', restore: [''] },
  { prefix: 'meny', restore: ['s'], beforeVowel: true },
  { prefix: 'peny', restore: ['s'], beforeVowel: true },
  { prefix: 'meng', restore: ['', 'k'] },
  { prefix: 'peng', restore: ['', 'k'] },
  { prefix: 'mem', restore: ['p', ''], beforeVowel: true },
  { prefix: 'pem', restore: ['p', ''], beforeVowel: true },
  { prefix: 'mem', restore: ['', 'p'] },
  { prefix: 'pem', restore: ['', 'p'] },
  { prefix: 'men', restore: ['t', ''], beforeVowel: true },
  { prefix: 'pen', restore: ['t', ''], beforeVowel: true },
  { prefix: 'men', restore: [''] },
  { prefix: 'pen', restore: [''] },
  { prefix: 'ber', restore: [''] },
  { prefix: 'bel', restore: [''] },
  { prefix: 'per', restore: [''] },
  { prefix: 'ter', restore: [''] },
  { prefix: 'me', restore: [''] },
  { prefix: 'pe', restore: [''] },
  { prefix: 'be', restore: [''] },
  { prefix: 'di', restore: [''] },
  { prefix: 'ke', restore: [''] },
  { prefix: 'se', restore: [''] },
];

/** The base of a reduplicated word: kue-kue → kue, sehari-hari → hari, buah-buahan → buah. */
function dereduplicate(word: string): string {
  const dash = word.indexOf('-');
  if (dash < 0) return word;
  const a = word.slice(0, dash);
  const b = word.slice(dash + 1);
  if (!a) return b || word;
  if (!b) return a;
  if (a === b || b.startsWith(a)) return a;
  if (a.endsWith(b)) return b;
  return a;
}

function stripEnding(word: string, endings: readonly string[]): string[] {
  const out: string[] = [];
  for (const ending of endings) {
    if (word.endsWith(ending) && word.length - ending.length >= MIN_ROOT) {
      out.push(word.slice(0, -ending.length));
    }
  }
  return out;
}

function stripPrefix(word: string): string[] {
  const out: string[] = [];
  for (const rule of PREFIXES) {
    if (!word.startsWith(rule.prefix)) continue;
    const rest = word.slice(rule.prefix.length);
    if (rule.beforeVowel && !VOWEL.test(rest)) continue;
    for (const letter of rule.restore) {
      const root = letter + rest;
      if (root.length >= MIN_ROOT && /[aiueo]/.test(root)) out.push(root);
    }
  }
  return out;
}

/**
 * Every plausible root of a word, the word itself first. Order: fewer removals first, so a caller who
 * takes the first known candidate prefers the lightest reading.
 */
export function stemIdCandidates(input: string): string[] {
  const base = dereduplicate(input);
  const seen = new Set<string>([base]);
  const order: string[] = [base];
  const add = (value: string) => {
    if (value && !seen.has(value)) {
      seen.add(value);
      order.push(value);
    }
  };
  // particles and possessives: belajarlah, bukunya
  const level0 = [base, ...stripEnding(base, PARTICLES), ...stripEnding(base, POSSESSIVES)];
  for (const word of level0) add(word);
  for (const word of level0) {
    const unsuffixed = [word, ...stripEnding(word, SUFFIXES)];
    for (const stem of unsuffixed) {
      const once = stripPrefix(stem);
      for (const root of once) add(root);
      // a suffix alone (-i) is only trusted with a prefix; -kan/-an are trusted alone
      if (stem !== word && !word.endsWith('i')) add(stem);
      for (const root of once) for (const deeper of stripPrefix(root)) add(deeper);
    }
  }
  if (base !== input) order.unshift(input);
  return order;
}

/** One deterministic root: prefix and suffix removed when a reasonable root remains. Never empty. */
export function stemId(input: string): string {
  if (!input) return input;
  let word = dereduplicate(input);
  for (const list of [PARTICLES, POSSESSIVES]) {
    const [stripped] = stripEnding(word, list);
    if (stripped) word = stripped;
  }
  const [prefixed] = stripPrefix(word);
  if (prefixed && prefixed.length >= 4) {
    word = prefixed;
    const [again] = stripPrefix(word).filter((root) => root.length >= 4);
    if (again && /^(per|ber|ke)/.test(word)) word = again;
    const [unsuffixed] = stripEnding(word, SUFFIXES).filter((root) => root.length >= 4);
    if (unsuffixed) word = unsuffixed;
  } else {
    const [unsuffixed] = stripEnding(word, ['kan', 'an']).filter((root) => root.length >= 4);
    if (unsuffixed) word = unsuffixed;
  }
  return word || input;
}
