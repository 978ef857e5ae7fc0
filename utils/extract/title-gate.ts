/**
 * The title gate: whether a text can be a course's name. Calls to action, navigation, badges, labels,
 * prices, dates, ratings, durations, template placeholders, the page's and its sections' headings and
 * provider names are never titles. Every refusal names its reason, so a capture report can say why a
 * record was dropped. It works on words and shapes, never on one site's markup.
 */
import { LABELS } from './label-words';

export type TitleRefusal =
  | 'empty'
  | 'too short'
  | 'too long'
  | 'call to action'
  | 'navigation'
  | 'badge'
  | 'label'
  | 'price'
  | 'date'
  | 'fact'
  | 'placeholder'
  | 'heading'
  | 'provider';

/** Texts of buttons and links that ask for an action ("Beli", "Lihat Semua", "Enroll now"). */
const CALL_TO_ACTION =
  /^(beli|beli sekarang|beli kelas|beli pelatihan|daftar|daftar sekarang|daftar kelas|lihat|lihat detail|lihat semua|lihat semuanya|lihat selengkapnya|lihat kelas|lihat pelatihan|lihat katalog|selengkapnya|ikuti|ikuti kelas|mulai|mulai belajar|gabung|gabung sekarang|pesan|pesan sekarang|tambah ke keranjang|masukkan keranjang|keranjang|checkout|bayar|ambil voucher|dapatkan voucher|klaim voucher|tukar voucher|bagikan|share|tutup|close|simpan|wishlist|muat lebih banyak|tampilkan lebih banyak|load more|show more|see more|see all|view all|view more|view details?|details?|more|learn more|read more|enroll|enroll now|enrol now|buy|buy now|add to cart|add to wishlist|get started|start learning|start now|join|join now|sign up|register|apply|apply now|preview|try for free|start free trial|go to course|kunjungi|berikutnya|selanjutnya|sebelumnya|next|previous|prev)\b[\s!.›»>→]*$/i;

/** Site navigation and page furniture. */
const NAVIGATION =
  /^(beranda|home|homepage|tentang|tentang kami|about|about us|kontak|hubungi kami|contact|contact us|faq|tanya jawab|bantuan|help|pusat bantuan|kebijakan privasi|privacy policy|syarat dan ketentuan|syarat & ketentuan|terms|terms of use|terms of service|masuk|login|log in|sign in|keluar|logout|profil|profile|akun saya|my account|blog|karir|careers|pelatihan|kelas|kursus|courses|course|katalog|catalog|catalogue|kategori|categories|semua kelas|semua pelatihan|all courses|menu|search|cari|urutkan|sort|filter|terbaru|newest|harga|price|produk|products)$/i;

/** Marketing badges and ribbons. */
const BADGE =
  /^(terlaris|best ?seller|baru|new|promo|hot|sale|populer|popular|rekomendasi|recommended|pilihan|featured|gratis|free|diskon|discount|diskon \d+\s?%|\d+\s?% ?(off|diskon)?|-\s?\d+\s?%|limited|terbatas|habis|sold out|unggulan|trending|premium|bersertifikat|certified|lainnya|others?)$/i;

const PRICE =
  /^(?:(?:rp\.?|idr|usd|us\$|\$|€|£)\s?[\d.,]+(?:\s?(?:rb|ribu|jt|juta|k))?(?:,-)?|[\d.,]+\s?(?:rb|ribu|jt|juta|idr|€)|gratis|free)(?:\s+(?:(?:rp\.?|idr|us\$|\$|€|£)\s?[\d.,]+(?:,-)?|gratis|free))*$/i;

const MONTH = '(jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)[a-z]*';
const DATE = new RegExp(
  String.raw`^(\w+,?\s+)?(\d{1,2}[\s/.-]+(${MONTH}|\d{1,2})[\s/.-]+\d{2,4}|${MONTH}\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2})(\s*[-–,]\s*.*)?$`,
  'i',
);

/** A fact alone on its line: a duration, a rating, a count, a mode. */
const FACT =
  /^(?:[\d.,]+\s*(?:jp|jam|jam pelajaran|hours?|hrs?|menit|minutes?|mins?|minggu|weeks?|hari|days?|sesi|sessions?|modul|modules?|video|lectures?|pelajaran|peserta|students?|siswa|ulasan|reviews?|ratings?)|[★⭐☆\s]*\d[.,]\d\s*(?:\/\s*5)?\s*(?:\(?[\d.,]+\s*(?:rb|k)?\s*(?:ulasan|reviews?|ratings?)?\)?)?|\(?[\d.,]+\s*(?:rb|k)?\s*(?:ulasan|reviews?|ratings?)\)?|[★⭐☆\s]*\d(?:[.,]\d)?\s*(?:\/\s*5)?\s*\(\s*[\d.,]+\s*(?:rb|k)?\s*(?:ulasan|reviews?|ratings?|penilaian)?\s*\)|\(\s*(?:menit|jam|jp)\s*\)|[-–—]?\s*(?:webinar|lms|spl|luring|daring|online|offline|self[\s-]?paced|blended|hybrid|mandiri)(?:\s*[-–—]\s*(?:webinar|lms|spl|luring|daring|online|offline|self[\s-]?paced|blended|hybrid|mandiri|kota [\p{L} ]+))?|(?:beginner|intermediate|advanced|all levels|pemula|menengah|mahir|lanjutan|dasar)(?:\s+[·•|]\s+.*)?)$/iu;

/** Template syntax that was never filled in (hidden dialogs, unrendered components). */
const PLACEHOLDER =
  /\{\{|\}\}|\{%|%\}|\$\{|<%|%>|\[\[|\]\]|__[A-Z_]+__|^(undefined|null|nan|title|judul|course title|nama pelatihan|lorem ipsum.*|placeholder|loading\.*|memuat\.*|\.\.\.|…)$/i;

const LABEL_WORDS = new Set(Object.values(LABELS).flat());

export const normaliseText = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[:：]+\s*$/, '')
    .trim();

export interface GateContext {
  /** Normalised headings of the page and its sections (outside any record). */
  headings?: ReadonlySet<string>;
  /** Normalised names known to be providers on this page. */
  providers?: ReadonlySet<string>;
}

/** Why `text` cannot be a course title, or undefined when it can. */
export function refuseTitle(text: string | undefined, context: GateContext = {}): TitleRefusal | undefined {
  if (!text) return 'empty';
  const trimmed = text.replace(/[\s\u00a0]+/g, ' ').trim();
  if (!trimmed) return 'empty';
  if (trimmed.length > 400) return 'too long';
  if (PLACEHOLDER.test(trimmed)) return 'placeholder';
  const letters = trimmed.match(/\p{L}/gu)?.length ?? 0;
  const lower = normaliseText(trimmed);
  if (letters < 3) return FACT.test(lower) ? 'fact' : /\d/.test(trimmed) ? 'price' : 'too short';
  if (CALL_TO_ACTION.test(lower)) return 'call to action';
  if (NAVIGATION.test(lower)) return 'navigation';
  if (BADGE.test(lower)) return 'badge';
  if (LABEL_WORDS.has(lower)) return 'label';
  if (PRICE.test(lower)) return 'price';
  if (DATE.test(lower)) return 'date';
  if (FACT.test(lower)) return 'fact';
  if (
    /^(oleh|by|diselenggarakan oleh|offered by|lembaga|provider|penyelenggara|instruktur|mentor|lpk)\b[\s:]/i.test(
      lower,
    )
  )
    return 'provider';
  if (context.headings?.has(lower)) return 'heading';
  if (context.providers?.has(lower)) return 'provider';
  return undefined;
}

/** A shown title cut short ("Belajar Excel untuk Pe…", "Belajar Excel..."): the prefix, or undefined. */
export function truncatedPrefix(text: string): string | undefined {
  const match = /^(.*?\S)\s*(?:…|\.{3,})$/su.exec(text.trim());
  return match && match[1]!.length >= 3 ? match[1] : undefined;
}

/**
 * The full title when the shown one is cut: the longest of `fuller` (title/aria-label attributes, an
 * image's alt, structured data) that starts with what is shown. The shown text when none does.
 */
export function fullTitle(shown: string, fuller: readonly (string | undefined)[]): string {
  const prefix = normaliseText(truncatedPrefix(shown) ?? shown);
  let best = shown;
  for (const candidate of fuller) {
    if (!candidate || candidate.length <= best.length) continue;
    const norm = normaliseText(candidate);
    if (norm.startsWith(prefix) && refuseTitle(candidate) === undefined) best = candidate;
  }
  return best;
}
