/**
 * UI strings, Indonesian first. The manifest's own strings live in public/_locales; these follow
 * the language the user picks in Bandingin (Indonesian unless they choose English).
 */
import type { Language } from './model';

const id = {
  appName: 'Bandingin',
  tagline: 'Bandingkan pelatihan Prakerja dengan kursus lain',
  loading: 'Memuat…',
  libraryCount: (n: string) => `${n} kursus di perpustakaan`,
  thisPage: 'Di halaman ini',
  capturedOnPage: (n: string) => `${n} kursus tertangkap di halaman ini`,
  emptyTitle: 'Perpustakaan masih kosong',
  emptyBody:
    'Buka katalog Prakerja (prakerja.go.id) atau situs kursus seperti Udemy dan Coursera. Bandingin menyimpan setiap kursus yang Anda lihat, hanya di perangkat ini.',
  nothingHere: 'Belum ada kursus yang tertangkap di tab ini.',
  nothingHereHint: 'Buka halaman pelatihan di situs yang didukung, lalu buka Bandingin lagi.',
  openDashboard: 'Buka dasbor',
  provider: 'Lembaga',
  price: 'Harga',
  hours: 'Durasi',
  rating: 'Rating',
  site: 'Situs',
  side: 'Jenis',
  lastSeen: 'Terakhir dilihat',
  title: 'Judul',
  free: 'Gratis',
  prakerja: 'Prakerja',
  alternative: 'Alternatif',
  foundBy: 'Dibaca dari',
  fields: 'Data',
  previous: 'Sebelumnya',
  next: 'Berikutnya',
  pageOf: (page: string, pages: string) => `Halaman ${page} dari ${pages}`,
  dashboardTitle: 'Dasbor Bandingin',
  library: 'Perpustakaan',
  error: 'Terjadi kesalahan',
  language: 'Bahasa',
  privacy: 'Semua data tersimpan di perangkat ini saja.',
};

export type Messages = typeof id;

const en: Messages = {
  appName: 'Bandingin',
  tagline: 'Compare Prakerja trainings with other courses',
  loading: 'Loading…',
  libraryCount: (n) => `${n} ${n === '1' ? 'course' : 'courses'} in your library`,
  thisPage: 'On this page',
  capturedOnPage: (n) => `${n} ${n === '1' ? 'course' : 'courses'} captured on this page`,
  emptyTitle: 'Your library is empty',
  emptyBody:
    'Open the Prakerja catalogue (prakerja.go.id) or a course site such as Udemy or Coursera. Bandingin keeps every course you look at, on this device only.',
  nothingHere: 'No course captured in this tab yet.',
  nothingHereHint: 'Open a training page on a supported site, then open Bandingin again.',
  openDashboard: 'Open dashboard',
  provider: 'Provider',
  price: 'Price',
  hours: 'Duration',
  rating: 'Rating',
  site: 'Site',
  side: 'Kind',
  lastSeen: 'Last seen',
  title: 'Title',
  free: 'Free',
  prakerja: 'Prakerja',
  alternative: 'Alternative',
  foundBy: 'Read from',
  fields: 'Fields',
  previous: 'Previous',
  next: 'Next',
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  dashboardTitle: 'Bandingin dashboard',
  library: 'Library',
  error: 'Something went wrong',
  language: 'Language',
  privacy: 'All data stays on this device.',
};

export const MESSAGES: Record<Language, Messages> = { id, en };
export const DEFAULT_LANGUAGE: Language = 'id';
