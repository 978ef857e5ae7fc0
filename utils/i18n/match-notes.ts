/**
 * The matcher's notes on what differs between two courses (utils/match/score.ts), in the user's
 * language. The matcher writes them in plain English for the research exports; the UI says them in
 * Indonesian too. A note this table does not know is shown as the matcher wrote it.
 */
import type { Language } from '../model';

const LEVELS_ID: Record<string, string> = {
  beginner: 'pemula',
  intermediate: 'menengah',
  advanced: 'mahir',
  all: 'semua tingkat',
};

const levelId = (level: string) => (Object.hasOwn(LEVELS_ID, level) ? LEVELS_ID[level] : level);

type Rule = [RegExp, (...parts: string[]) => string];

const ID_RULES: Rule[] = [
  [/^shares only the framing$/, () => 'hanya kerangkanya yang sama'],
  [/^without (.+)$/, (what) => `tanpa ${what}`],
  [/^other name: (.+)$/, (name) => `nama lain: ${name}`],
  [/^(.+) of another country$/, (what) => `${what} negara lain`],
  [/^title in another language$/, () => 'judul dalam bahasa lain'],
  [/^exam preparation$/, () => 'persiapan ujian'],
  [/^not exam preparation$/, () => 'bukan persiapan ujian'],
  [/^several courses$/, () => 'beberapa kursus'],
  [/^one course of several$/, () => 'satu dari beberapa kursus'],
  [/^a later part of a series$/, () => 'bagian lanjutan dari seri'],
  [/^not a later part of a series$/, () => 'bukan bagian lanjutan seri'],
  [/^advanced course for a beginner one$/, () => 'kursus mahir untuk yang pemula'],
  [/^beginner course for an advanced one$/, () => 'kursus pemula untuk yang mahir'],
  [/^not said to be (\w+)$/, (level) => `tidak disebut untuk ${levelId(level)}`],
  [
    /^(\w+) course for a basics-to-advanced one$/,
    (level) => `kursus ${levelId(level)} untuk yang dari dasar sampai mahir`,
  ],
  [/^very different length$/, () => 'durasinya jauh berbeda'],
  [/^your verdict: same course$/, () => 'menurut Anda: kursus yang sama'],
];

export function describeMatchNote(note: string, language: Language): string {
  if (language !== 'id') return note;
  for (const [pattern, say] of ID_RULES) {
    const found = pattern.exec(note);
    if (found) return say(...found.slice(1));
  }
  return note;
}
