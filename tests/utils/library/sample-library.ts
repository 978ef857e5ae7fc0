/** A small library for query tests: 40 courses over two sides and three sites, IDR and USD prices. */
import type { BandinginDb } from '@/utils/library/db';
import { storeCourses } from '@/utils/library/store';
import type { ImportedCourse } from '@/utils/model';

export const TITLES = [
  'Microsoft Excel untuk Admin',
  'Desain Grafis dengan Canva',
  'Digital Marketing',
  'Python Dasar',
];

export const incoming = (i: number): ImportedCourse => ({
  site: i % 2 === 0 ? 'prakerja' : i % 5 === 0 ? 'coursera' : 'udemy',
  side: i % 2 === 0 ? 'prakerja' : 'alternative',
  key: String(i).padStart(2, '0'),
  title: `${TITLES[i % 4]} ${i}`,
  price:
    i % 7 === 3
      ? undefined
      : i % 2 === 0
        ? { amount: 100_000 * (i % 9), currency: 'IDR' }
        : { amount: i, currency: 'USD' },
  hours: i % 6 === 1 ? undefined : 1 + (i % 10),
  mode: i % 3 === 0 ? 'webinar' : 'self-paced',
  source: 'import',
  extractor: 'test',
});

/** Stores the 40 courses, seen at a few different times. */
export async function seedSampleLibrary(db: BandinginDb): Promise<void> {
  for (let i = 0; i < 40; i++) await storeCourses(db, [incoming(i)], 1000 + (i % 13));
}
