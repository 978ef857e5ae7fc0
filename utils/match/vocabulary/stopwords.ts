/**
 * Words that carry no subject. Three kinds: function words (English and Indonesian), course filler
 * (the words every catalogue uses: course, kelas, complete, lengkap ...) and the Prakerja framing, which
 * names an occupation after `untuk`/`bagi`/`sebagai` ("... untuk Menjadi Perancang Grafis"). The framing
 * markers are kept apart because the words after them count for less, not for nothing.
 */

const list = (text: string): Set<string> => new Set(text.split(/\s+/).filter(Boolean));

export const ENGLISH_STOPWORDS = list(`
  a an the and or but nor of in on at to into onto for from by with without within about as is are was
  were be been being it its this that these those there here your you yours my our we us i me he she they
  them their his her what which who whom how why when where all any each every both few more most other
  some such no not only own same so than too very can will just do does did done doing has have had having
  up down out over under again further then once vs via per also using use used get got go going like
  one two three four five six seven eight nine ten first second third way ways thing things etc amp
`);

export const INDONESIAN_STOPWORDS = list(`
  dan di ke dari yang untuk dengan pada dalam bagi sebagai atau serta melalui oleh tentang hingga sampai
  secara ini itu agar supaya para seorang sang si ala bersama beserta kepada terhadap antara akan telah
  sudah sedang masih juga pun lah kah nya adalah ialah yaitu yakni bisa dapat harus mau ingin tidak bukan
  jangan ada sangat lebih paling semua setiap tiap berbagai macam aneka sebuah suatu satu dua tiga
  kita kami kamu anda saya dia mereka apa siapa bagaimana mengapa kapan dimana mana jadi menjadi jadilah
  buat membuat bikin cara tips trik rahasia jitu ampuh efektif mudah cepat praktis sederhana kekinian
  terbaru modern baru khas khusus berbasis menggunakan memakai pakai lewat via tanpa sambil hal
  yg dgn utk tentang mulai memulai awal akhir nol
`);

/** Catalogue filler in both languages: true of every course, so it tells courses apart by nothing. */
export const COURSE_FILLER = list(`
  course courses kursus kelas class classes pelatihan training trainings bootcamp workshop webinar
  program programme tutorial tutorials guide guides panduan lengkap complete completed ultimate mastery
  masterclass bundle series part bagian step steps tip tricks trick secret secrets easy easily fast quick
  quickly practical hands hand pro profesional professional professionals expert experts certified
  sertifikasi certification learn learning learner learners belajar mempelajari pelajari pembelajaran
  berlatih latihan master mastering menguasai kuasai mahir teach teaching taught study studi studying
  make making create creating build building membangun bangun mengembangkan today now new
  online daring beyond essential essentials everything anyone everyone everybody yourself level tingkat
  edition version updated update day days hour hours minute minutes week weeks month months year years
  full zero scratch success sukses great amazing awesome best top simple simply powerful real world
  start started starting getting know knowing need needs want tahap tingkatan seri vol volume jam hari
  meningkatkan tingkatkan peningkatan improve improving kemampuan keterampilan keahlian skill skills
  mengenal pengenalan memahami pemahaman menerapkan penerapan mengimplementasikan implementasi fundamental
  fundamentals dasar basic basics beginner beginners pemula intro introduction introductory menengah
  intermediate advanced lanjutan lanjut cc cs cs5 cs6 x7 x8 engineer engineers persiapan preparation prep
  native trik kiat jurus tugas
  teknik tehnik metode metoda prinsip konsep intensif melakukan menyusun penyusunan mempersiapkan
  menyiapkan menentukan melaksanakan pelaksanaan menghasilkan mendapatkan memperoleh menunjang penunjang
  pembuatan pembuat optimalisasi mengoptimalkan kegiatan aktivitas jenis bidang era
  principle principles concept concepts foundation foundations landasan crash
  skema okupasi klaster kualifikasi kkni junior madya senior pratama
`);

/** Words after which a Prakerja title names the trainee's occupation, not the subject. */
export const FRAMING_MARKERS = list('untuk bagi sebagai');

/** Job-title words inside the framing: they describe who, not what. */
export const OCCUPATION_FILLER = list(`
  calon tenaga petugas pegawai karyawan staf staff pekerja juru ahli spesialis specialist operator
  asisten assistant pemilik owner pengusaha wirausaha umum general perorangan pribadi profesi
  seorang menjadi jadi teknisi
`);

export function isStopword(word: string): boolean {
  return ENGLISH_STOPWORDS.has(word) || INDONESIAN_STOPWORDS.has(word);
}

export function isFiller(word: string): boolean {
  return COURSE_FILLER.has(word);
}
