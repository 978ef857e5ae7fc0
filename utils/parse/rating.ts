/** Ratings as pages write them: "4,8 (1.234 ulasan)", "Rating: 4.3 out of 5", "4.5/5", "9/10". Pure and total. */
import { parseCount } from './number';

export interface RatingReading {
  rating?: number;
  ratingCount?: number;
}

const SCALE_RE = /(\d+(?:[.,]\d+)?)\s*(?:\/|out of|dari|of)\s*(\d+(?:[.,]\d+)?)/i;
const VALUE_RE = /(?:^|[^\d.,])(\d(?:[.,]\d{1,2})?)(?![\d.,]*\d)(?!\s*(?:jp|jam|hours?|minggu|weeks?|%))/i;
const COUNT_RE =
  /(\d[\d.,]*\s*(?:k|rb|ribu|jt|juta)?)\s*\+?\s*(?:ulasan|review|reviews|rating|ratings|penilaian|nilai|penilai|votes?)\b/i;
const PAREN_COUNT_RE = /\(\s*(\d[\d.,]*\s*(?:k|rb|ribu|jt)?)\s*\)/i;

const num = (text: string) => Number(text.replace(',', '.'));

/** The rating on a 0–5 scale and the number of ratings, as far as the text states them. */
export function parseRating(text: string): RatingReading {
  if (typeof text !== 'string') return {};
  const source = text.slice(0, 300);
  const result: RatingReading = {};
  const countMatch = COUNT_RE.exec(source) ?? PAREN_COUNT_RE.exec(source);
  let rest = source;
  if (countMatch) {
    const count = parseCount(countMatch[1]!);
    if (count !== undefined && count <= 1e9) result.ratingCount = count;
    rest =
      source.slice(0, countMatch.index) +
      ' '.repeat(countMatch[0].length) +
      source.slice(countMatch.index + countMatch[0].length);
  }
  const scaled = SCALE_RE.exec(rest);
  if (scaled) {
    const value = num(scaled[1]!);
    const best = num(scaled[2]!);
    if (best > 0 && value >= 0 && value <= best) result.rating = Math.round((value / best) * 5 * 100) / 100;
  } else {
    const plain = VALUE_RE.exec(rest);
    const value = plain ? num(plain[1]!) : Number.NaN;
    if (value >= 0 && value <= 5) result.rating = value;
  }
  return result;
}
