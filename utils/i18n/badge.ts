/**
 * The in-page badge's strings in both languages. Apart from the UI's messages because the badge
 * lives in the content script, which must stay small.
 */
import type { Language } from '../model';

export interface BadgeMessages {
  none: string;
  from: (price: string) => string;
  similarCourses: (count: number) => string;
  similarTrainings: (count: number) => string;
  action: string;
}

export const BADGE_MESSAGES: Record<Language, BadgeMessages> = {
  id: {
    none: 'Cari di situs lain',
    from: (price) => ` · mulai ${price}`,
    similarCourses: (count) => `${count} kursus serupa`,
    similarTrainings: (count) => `${count} pelatihan Prakerja serupa`,
    action: 'buka perbandingan',
  },
  en: {
    none: 'Search other sites',
    from: (price) => ` · from ${price}`,
    similarCourses: (count) => `${count} similar ${count === 1 ? 'course' : 'courses'}`,
    similarTrainings: (count) => `${count} similar Prakerja ${count === 1 ? 'training' : 'trainings'}`,
    action: 'open the comparison',
  },
};
