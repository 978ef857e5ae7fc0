/** The pipeline: one course per course page (query ids included), only the page's own site, a cap. */
import { describe, expect, it } from 'vitest';
import { capturePage, courseKeyOf } from '@/utils/capture/pipeline';
import type { Extractor, PartialCourse } from '@/utils/extract/types';
import { LIMITS } from '@/utils/limits';
import { parseHtml } from '../../capture-helpers';

const fixed = (courses: PartialCourse[]): Extractor => ({
  name: 'fixed',
  version: 1,
  extract: () => courses,
});
const PAGE = 'https://skillsweek.prakerja.go.id/pelatihan/';
const doc = () => parseHtml('<!doctype html><html><body></body></html>', PAGE);

describe('capturePage', () => {
  it('keeps courses that differ only by an id in the query apart, and drops tracking', () => {
    expect(courseKeyOf('https://a.id/detail.html?title=x&id=SW-1')).not.toBe(
      courseKeyOf('https://a.id/detail.html?title=y&id=SW-2'),
    );
    expect(courseKeyOf('https://www.a.id/k/x/?utm_source=ig#top')).toBe(courseKeyOf('https://a.id/k/x'));
    const { courses } = capturePage(doc(), new URL(PAGE), [
      fixed([
        { title: 'Kelas Satu', url: '/pelatihan/detail.html?id=SW-1' },
        { title: 'Kelas Dua', url: '/pelatihan/detail.html?id=SW-2' },
      ]),
    ]);
    expect(courses.map((course) => course.title)).toEqual(['Kelas Satu', 'Kelas Dua']);
  });

  it('keeps only courses of the page’s own site, and says why it dropped the others', () => {
    const { courses, dropped } = capturePage(doc(), new URL(PAGE), [
      fixed([
        { title: 'Kelas Prakerja', url: 'https://www.prakerja.go.id/pelatihan/kelas-prakerja' },
        { title: 'Kelas di LMS mitra', url: 'https://lms.mitra.example/kelas/a' },
        { title: 'Kursus Udemy', url: 'https://www.udemy.com/course/x/' },
      ]),
    ]);
    expect(courses.map((course) => course.title)).toEqual(['Kelas Prakerja']);
    expect(dropped.filter((entry) => entry.reason === 'other site').map((entry) => entry.text)).toEqual([
      'https://lms.mitra.example/kelas/a',
      'https://www.udemy.com/course/x/',
    ]);
  });

  it('keeps at most the course cap per page', () => {
    const many = Array.from({ length: LIMITS.coursesPerPage + 200 }, (_, i) => ({
      title: `Kelas ${i}`,
      url: `/pelatihan/k-${i}`,
    }));
    const { courses, dropped } = capturePage(doc(), new URL(PAGE), [fixed(many)]);
    expect(courses).toHaveLength(LIMITS.coursesPerPage);
    expect(dropped.map((entry) => entry.reason)).toContain('course cap');
  });
});
