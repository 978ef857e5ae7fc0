/**
 * The words pages put before a value, per course field, Indonesian first, lower case. Kept apart from
 * the label reader so the table reader, the title gate and site adapters share one list.
 */

export type LabelField =
  | 'price'
  | 'listPrice'
  | 'hours'
  | 'provider'
  | 'platform'
  | 'mode'
  | 'city'
  | 'address'
  | 'schedule'
  | 'level'
  | 'language'
  | 'rating'
  | 'students'
  | 'certificate'
  | 'topics'
  | 'description';

/** Label words per field, Indonesian first, lower case. Sites may add their own. */
export const LABELS: Record<LabelField, readonly string[]> = {
  price: [
    'harga',
    'harga pelatihan',
    'biaya',
    'biaya pelatihan',
    'investasi',
    'price',
    'cost',
    'fee',
    'tuition',
  ],
  listPrice: ['harga normal', 'harga asli', 'harga awal', 'original price', 'list price', 'normal price'],
  hours: [
    'durasi',
    'durasi pelatihan',
    'lama pelatihan',
    'total jp',
    'jumlah jp',
    'jam pelajaran',
    'waktu belajar',
    'duration',
    'length',
    'workload',
    'effort',
    'total hours',
    'estimated time',
    'time to complete',
  ],
  provider: [
    'lembaga pelatihan',
    'lembaga',
    'penyedia pelatihan',
    'training provider',
    'lpk',
    'penyelenggara',
    'penyedia',
    'instruktur',
    'pengajar',
    'mentor',
    'trainer',
    'dibuat oleh',
    'oleh',
    'provider',
    'institution',
    'instructor',
    'instructors',
    'offered by',
    'created by',
    'taught by',
    'university',
  ],
  platform: ['platform', 'platform digital', 'mitra platform', 'dijual di', 'tersedia di', 'available on'],
  mode: [
    'metode',
    'metode pelatihan',
    'metode belajar',
    'metode ajar',
    'moda',
    'moda pelatihan',
    'jenis pelatihan',
    'tipe pelatihan',
    'cara belajar',
    'mode',
    'format',
    'delivery',
    'learning format',
    'course format',
  ],
  city: [
    'kota',
    'lokasi',
    'lokasi pelatihan',
    'tempat',
    'tempat pelatihan',
    'kabupaten/kota',
    'location',
    'city',
  ],
  address: ['alamat', 'alamat pelatihan', 'alamat lengkap', 'alamat tempat', 'address', 'venue'],
  schedule: [
    'jadwal',
    'jadwal pelatihan',
    'jadwal kelas',
    'waktu pelaksanaan',
    'tanggal pelaksanaan',
    'tanggal pelatihan',
    'schedule',
    'dates',
    'start date',
  ],
  level: ['level', 'tingkat', 'tingkatan', 'jenjang', 'tingkat kesulitan', 'difficulty', 'skill level'],
  language: ['bahasa', 'bahasa pengantar', 'language', 'taught in'],
  rating: ['rating', 'penilaian', 'ulasan', 'nilai', 'reviews', 'ratings'],
  students: ['peserta', 'jumlah peserta', 'alumni', 'terdaftar', 'students', 'learners', 'enrolled'],
  certificate: ['sertifikat', 'sertifikasi', 'certificate', 'certification'],
  topics: [
    'materi',
    'materi pelatihan',
    'materi yang dipelajari',
    'yang akan dipelajari',
    'silabus',
    'kurikulum',
    'modul',
    'tujuan',
    'tujuan pelatihan',
    'tujuan umum',
    'tujuan khusus',
    'unit kompetensi',
    'kompetensi',
    'syllabus',
    'curriculum',
    'course content',
    "what you'll learn",
    'what you will learn',
    'learning objectives',
    'objectives',
    "skills you'll gain",
    'skills you will gain',
  ],
  description: [
    'deskripsi',
    'deskripsi pelatihan',
    'tentang pelatihan',
    'tentang kelas',
    'description',
    'about this course',
    'overview',
  ],
};
