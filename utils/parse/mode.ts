/** How a course is delivered, from the words pages use (Indonesian and English). Pure and total. */
import type { Mode } from '../model';

const MODE_WORDS: [RegExp, Mode][] = [
  [/\b(blended|hybrid|hibrida|campuran)\b/i, 'blended'],
  [
    /\b(webinar|live\s*(class|session|online)?|kelas\s+langsung|virtual\s+class|synchronous|sinkron|zoom)\b/i,
    'webinar',
  ],
  [/\b(luring|offline|tatap\s+muka|on-?site|in[\s-]?person|classroom|kelas\s+tatap)\b/i, 'offline'],
  [
    /\b(self[\s-]?paced|spl|lms|mandiri|belajar\s+mandiri|asynchronous|asinkron|on[\s-]?demand|video\s+(pembelajaran|course|kursus|pelatihan)|e-?learning)\b/i,
    'self-paced',
  ],
  [/\b(online|daring)\b/i, 'online'],
];

/** The first delivery mode the text names, in order of specificity ("Daring - Webinar" is a webinar). */
export function parseMode(text: string): Mode | undefined {
  if (typeof text !== 'string' || !text) return undefined;
  const source = text.slice(0, 500);
  return MODE_WORDS.find(([pattern]) => pattern.test(source))?.[1];
}
