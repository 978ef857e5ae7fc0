/**
 * Facets of a title that are not its subject: the level it promises (pemula, advanced, dari dasar
 * hingga mahir), the language it is written in, and whether it is about an exam or a certification.
 */
import { isFallbackWord } from './lexicon';
import { isAscii, words } from './normalise';
import { GLOSSARY } from './vocabulary/glossary';
import { TOOLS } from './vocabulary/names';

export type Level = 'beginner' | 'intermediate' | 'advanced' | 'all';
export type TitleLanguage = 'en' | 'id' | 'other';
export type ExamKind = 'exam' | 'certification';

const LEVEL_WORDS: Record<string, Level> = {
  pemula: 'beginner',
  dasar: 'beginner',
  beginner: 'beginner',
  beginners: 'beginner',
  basic: 'beginner',
  basics: 'beginner',
  fundamental: 'beginner',
  fundamentals: 'beginner',
  introduction: 'beginner',
  intro: 'beginner',
  introductory: 'beginner',
  pengenalan: 'beginner',
  mengenal: 'beginner',
  essentials: 'beginner',
  nol: 'beginner',
  scratch: 'beginner',
  menengah: 'intermediate',
  intermediate: 'intermediate',
  // qualification ranks of vocational certification (junior, madya = middle, senior)
  junior: 'beginner',
  madya: 'intermediate',
  senior: 'advanced',
  lanjutan: 'advanced',
  lanjut: 'advanced',
  advanced: 'advanced',
  advance: 'advanced',
  expert: 'advanced',
  experts: 'advanced',
  mahir: 'advanced',
};

/**
 * Words that mark a level only as the end of a range ("dari Dasar hingga Mahir"); alone they promise
 * proficiency, as every course does ("Mahir Membuat Desain Karakter").
 */
const RANGE_ONLY = new Set(['mahir']);

/** Two-word phrases that promise a first course ("Getting Started with ...", "First Steps in ..."). */
const BEGINNER_PHRASES = new Set(['getting started', 'first steps', 'first step', 'for dummies']);
const PHRASE_STARTS = new Set([...BEGINNER_PHRASES].map((phrase) => phrase.split(' ')[0]!));

export function detectLevel(list: readonly string[], text = ''): Level | undefined {
  const seen = new Set<Level>();
  for (const [i, word] of list.entries()) {
    // own keys only: a title word like "constructor" must not find Object's members
    const level = Object.hasOwn(LEVEL_WORDS, word) ? LEVEL_WORDS[word] : undefined;
    if (level && !RANGE_ONLY.has(word)) seen.add(level);
    if (PHRASE_STARTS.has(word) && BEGINNER_PHRASES.has(`${word} ${list[i + 1] ?? ''}`)) seen.add('beginner');
  }
  // "101" after a subject is the numbering of a first course (numbers are not words here)
  if (/\b101\b/.test(text)) seen.add('beginner');
  if (seen.size > 0) for (const word of list) if (RANGE_ONLY.has(word)) seen.add(LEVEL_WORDS[word]!);
  if (seen.has('beginner') && seen.has('advanced')) return 'all';
  if (seen.size === 0) return undefined;
  return [...seen][0];
}

const OTHER_LANGUAGE_WORDS = new Set(
  `de del la las el los y en con para como por una un le les des du et avec pour au aux em com do da dos das
   para uma e ao na no il di della per con ile ve icin bir ders egitimi temelden ileri ogren und der die das mit
   fur zum zur von ein eine`
    .split(/\s+/)
    .filter(Boolean),
);
const ENGLISH_HINT = new Set('the and of for with to in your how a an from on'.split(' '));
const INDONESIAN_HINT = new Set('dan untuk yang dengan bagi dari belajar membuat menjadi cara'.split(' '));

let indonesianWords: Set<string> | undefined;
/**
 * Words only the Indonesian side of the glossary spells (pajak, keuangan, pemasaran): a title made of
 * them is Indonesian even without a function word ("Brevet Pajak Terapan").
 */
function indonesianOnly(): Set<string> {
  if (!indonesianWords) {
    const english = new Set(GLOSSARY.flatMap((entry) => entry.en.flatMap((form) => words(form))));
    for (const tool of TOOLS)
      for (const alias of tool.aliases) for (const word of words(alias)) english.add(word);
    indonesianWords = new Set(
      GLOSSARY.flatMap((entry) => entry.id.flatMap((form) => words(form))).filter(
        (word) => !english.has(word) && !OTHER_LANGUAGE_WORDS.has(word) && word.length > 2,
      ),
    );
  }
  return indonesianWords;
}

let englishOnly: Set<string> | undefined;
/** True for a word only the English side of the glossary spells (development, marketing), never the Indonesian one. */
export function isEnglishOnlyWord(word: string): boolean {
  if (!englishOnly) {
    const indonesian = new Set(GLOSSARY.flatMap((entry) => entry.id.flatMap((form) => words(form))));
    englishOnly = new Set(
      GLOSSARY.flatMap((entry) => entry.en.flatMap((form) => words(form))).filter(
        (w) => !indonesian.has(w) && !isFallbackWord(w),
      ),
    );
  }
  return englishOnly.has(word);
}

const LETTER = /\p{L}/gu;
const LATIN = /[a-zA-Z\u00c0-\u024f]/;

const EN = 1;
const ID = 2;
const OTHER = 4;
/** word → which languages it hints at (EN | ID | OTHER bits); a word's hints never change. */
const hintMemo = new Map<string, number>();

/** Which languages a word hints at: EN | ID | OTHER bits (see detectLanguage). */
export function languageHints(word: string): number {
  const known = hintMemo.get(word);
  if (known !== undefined) return known;
  let hints = 0;
  if (ENGLISH_HINT.has(word)) hints |= EN;
  if (INDONESIAN_HINT.has(word) || indonesianOnly().has(word) || isFallbackWord(word)) hints |= ID;
  // "de", "la", "e" and friends are not English; "di" is Indonesian too, so it counts for neither
  if (OTHER_LANGUAGE_WORDS.has(word) && !INDONESIAN_HINT.has(word) && word !== 'di') hints |= OTHER;
  if (hintMemo.size > 50_000) hintMemo.clear();
  hintMemo.set(word, hints);
  return hints;
}

export function detectLanguage(text: string, list: readonly string[]): TitleLanguage {
  return languageOfHints(text, list.map(languageHints));
}

/** `detectLanguage` from the `languageHints` of the text's words. */
export function languageOfHints(text: string, hints: readonly number[]): TitleLanguage {
  const ascii = isAscii(text);
  // every letter of plain ASCII text is Latin
  if (!ascii) {
    const letters = text.match(LETTER) ?? [];
    const latin = letters.filter((ch) => LATIN.test(ch)).length;
    if (letters.length > 0 && latin / letters.length < 0.6) return 'other';
  }
  let other = 0;
  let en = 0;
  let id = 0;
  for (const bits of hints) {
    en += bits & EN;
    id += (bits & ID) >> 1;
    other += (bits & OTHER) >> 2;
  }
  // diacritics typical of Spanish, Portuguese, French, Turkish, German (none in ASCII text)
  if (!ascii && /[ñçãõáéíóúâêôàèìòùäöüşğı]/i.test(text)) other += 2;
  if (other >= 2 && other > en) return 'other';
  return id > en ? 'id' : 'en';
}

const EXAM_WORDS = new Set('exam exams examination ujian tryout'.split(' '));
const CERTIFICATION_WORDS = new Set(
  'certification certificate certified sertifikasi sertifikat bersertifikat brevet'.split(' '),
);
/** Words that make a certification or a test the point: preparing for it, rehearsing it. */
const PREPARATION_WORDS = new Set('prep preparation persiapan simulasi simulation mock practice'.split(' '));
const TEST_WORDS = new Set('test tests soal quiz quizzes'.split(' '));

/**
 * An exam named (exam prep, a practice test, a simulation of a test, preparing for a certification)
 * wins over a certification named (a course that ends with one).
 */
export function detectExam(list: readonly string[]): ExamKind | undefined {
  let certification = false;
  let preparation = false;
  for (const [i, word] of list.entries()) {
    if (EXAM_WORDS.has(word)) return 'exam';
    if (TEST_WORDS.has(word) && (PREPARATION_WORDS.has(list[i - 1] ?? '') || list[i - 1] === 'latihan'))
      return 'exam';
    if (CERTIFICATION_WORDS.has(word)) certification = true;
    if (PREPARATION_WORDS.has(word)) preparation = true;
  }
  if (certification && preparation) return 'exam';
  return certification ? 'certification' : undefined;
}

/**
 * Words that make a title a set of courses: a bundle, a learning path, and the multi-course programme
 * types of the large platforms (specialization, professional certificate, MicroMasters, XSeries ...).
 */
const BUNDLE_WORDS = new Set(
  `bundle bundles path paths specialization specialisation specializations nanodegree micromasters
   xseries mastertrack paket jalur`.split(/\s+/),
);
const BUNDLE_PHRASES = new Set(['professional certificate', 'learning path', 'career track']);

/** True when the text names several courses sold or followed together ("3-in-1", a learning path). */
export function detectBundle(text: string, list: readonly string[]): boolean {
  if (/\b\d+\s*-?\s*in\s*-?\s*1\b/i.test(text)) return true;
  if (/\b\d+\s+(courses|kursus|kelas)\b/i.test(text)) return true;
  return list.some((word, i) => BUNDLE_WORDS.has(word) || BUNDLE_PHRASES.has(`${word} ${list[i + 1] ?? ''}`));
}

/**
 * True when the title is a later part of a series ("Part 2", "Bagian II", "Vol. 3"): it assumes the
 * earlier parts, so it is not the course a first or whole course is.
 */
export function detectSequel(text: string): boolean {
  return /\b(part|bagian|vol\.?|volume|jilid|seri)\s*(?:[2-9]|ii|iii|iv|v|vi)\b/i.test(text);
}
