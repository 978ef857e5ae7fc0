/**
 * The adapters on real saved pages (read in place from ../shared/data). Expected values were read off
 * the pages by hand: the visible title, the sidebar/JSON numbers, the card texts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { udemyPriceFromResponse } from '@/utils/sites/udemy';
import { scorePage } from '../../../scripts/lib/capture-score';
import { captureHtml } from '../../capture-helpers';
import { hasSharedData, readShared, sharedPath } from '../../shared-data';

const capture = captureHtml;

describe.skipIf(!hasSharedData('pages-udemy-detail'))('Udemy course pages (real)', () => {
  it('reads the paid course page', () => {
    const { courses, report } = capture(
      readShared('pages-udemy-detail', 'udemy-course-details.html'),
      'https://www.udemy.com/course/b2b-copywriting/',
    );
    expect(courses).toHaveLength(1);
    expect(courses[0]).toMatchObject({
      site: 'udemy',
      side: 'alternative',
      title: 'Copywriting: B2B Copywriting, Content Writing, Copy Writing',
      provider: 'Dekker Fraser, MBA, Jyra Galosmo',
      hours: 8.45, // contentLengthVideo 30422 s
      rating: 4.51,
      ratingCount: 341,
      students: 32474,
      level: 'All Levels',
      mode: 'self-paced',
    });
    expect(courses[0]!.topics).toHaveLength(8);
    expect(courses[0]!.topics![0]).toBe('B2B Copywriting');
    expect(report.methods).toContain('udemy');
  });

  it('reads the free course page as free', () => {
    const { courses } = capture(
      readShared('pages-udemy-detail', 'free-udemy-course-details.html'),
      'https://www.udemy.com/course/learn_power_bi_for_free/',
    );
    expect(courses[0]).toMatchObject({
      title: 'Learn Power BI Basics for Free',
      free: true,
      price: { amount: 0, currency: 'USD' },
      hours: 16.74, // 60267 s
      ratingCount: 4596,
      students: 114845,
      level: 'Beginner Level',
    });
    expect(courses[0]!.topics).toContain('Understand Power BI Report Server');
  });

  it('reads the price endpoint response', () => {
    const data = JSON.parse(
      readFileSync(sharedPath('pages-udemy-detail', 'pricing-api-response.json'), 'utf8').replace(
        /^\uFEFF/,
        '',
      ),
    );
    expect(udemyPriceFromResponse(data)).toEqual({
      courseId: 3482168,
      price: { amount: 0, currency: 'USD' },
      listPrice: { amount: 19.99, currency: 'USD' },
      free: true,
    });
    expect(udemyPriceFromResponse({ purchase: 'nope' })).toBeUndefined();
  });
});

describe.skipIf(!hasSharedData('pages-udemy-topic'))('Udemy topic listing (real)', () => {
  it('captures each of the 31 course cards once (two appear in two carousels), and no tutorial lessons', () => {
    const { courses } = capture(
      readShared('pages-udemy-topic', 'udemy_python_courses_page_1.html'),
      'https://www.udemy.com/topic/python/',
    );
    // 31 cards, and the course a student quote links to, named by its link (not the quote's heading).
    expect(courses).toHaveLength(32);
    expect(courses.find((course) => course.url.endsWith('/complete-python-bootcamp/'))?.title).toBe(
      'The Complete Python Bootcamp From Zero to Hero in Python',
    );
    expect(courses.every((course) => course.url.startsWith('https://www.udemy.com/course/'))).toBe(true);
    expect(courses[0]).toMatchObject({
      url: 'https://www.udemy.com/course/pythonforbeginners/',
      title: 'Learn Python: The Complete Python Programming Course',
      provider: 'Avinash Jain, The Codex',
      price: { amount: 14.99, currency: 'EUR' },
      listPrice: { amount: 94.99, currency: 'EUR' },
      rating: 4.3,
      ratingCount: 4896,
      hours: 14.5,
      level: 'All Levels',
    });
    expect(courses.filter((course) => course.price && course.hours)).toHaveLength(31);
    // One new course says "Rating: 0 out of 5" with 0 reviews: not rated, so no rating.
    expect(courses.filter((course) => course.rating)).toHaveLength(30);
  });
});

describe.skipIf(!hasSharedData('pages-classcentral-providers'))('Class Central listings (real)', () => {
  it.each([
    ['coursera.html', 'https://www.classcentral.com/provider/coursera', 15],
    ['edx.html', 'https://www.classcentral.com/provider/edx', 15],
    ['cs.html', 'https://www.classcentral.com/subject/cs', 15],
  ])('%s: every card once, with its English title', (file, pageUrl, count) => {
    const { courses } = capture(readShared('pages-classcentral-providers', file), pageUrl);
    expect(courses).toHaveLength(count);
    for (const course of courses) {
      expect(course.title).toMatch(/^[\x20-\x7e\u2013\u201c\u201d]+$/); // English, though the page shows some in Hindi
      expect(course.url).toMatch(/^https:\/\/www\.classcentral\.com\/(course|classroom)\//);
    }
  });

  it('reads a card in full', () => {
    const { courses } = capture(
      readShared('pages-classcentral-providers', 'cs.html'),
      'https://www.classcentral.com/subject/cs',
    );
    expect(courses.find((course) => course.title === 'Elements of AI')).toMatchObject({
      url: 'https://www.classcentral.com/course/independent-elements-of-ai-12469',
      provider: 'University of Helsinki',
      platform: 'Independent',
      rating: 5,
      ratingCount: 717,
      hours: 45, // "5-10 hours a week, 6 weeks long"
      free: true,
    });
    expect(
      courses.find((course) => course.title === 'Information Systems Auditing, Controls and Assurance'),
    ).toMatchObject({
      hours: 8.5, // "8-9 hours worth of material"
      platform: 'Coursera',
      ratingCount: 504,
    });
    const coursera = capture(
      readShared('pages-classcentral-providers', 'coursera.html'),
      'https://www.classcentral.com/provider/coursera',
    );
    expect(coursera.courses[0]).toMatchObject({
      title: 'Introduction to Engineering Mechanics',
      provider: 'Georgia Institute of Technology',
      rating: 4.5,
      ratingCount: 170,
    });
  });
});

describe.skipIf(!hasSharedData('pages-prakerja-skillweek'))(
  'Prakerja Skills Week pages (real, with truth)',
  () => {
    interface Truth {
      file: string;
      url: string;
      kind: string;
      courses: { title: string; provider: string; price_idr: number; mode: string }[];
      related: string[];
    }
    const truths: Truth[] = JSON.parse(readShared('pages-prakerja-skillweek', 'truth.json'));

    it.each(truths.map((truth) => [truth.file, truth] as const))(
      '%s: every course with its price and provider, and nothing else',
      (_file, truth) => {
        const { courses } = capture(readShared('pages-prakerja-skillweek', truth.file), truth.url);
        const expected = [
          ...truth.courses.map((course) => ({
            title: course.title,
            price: course.price_idr,
            provider: course.provider,
          })),
          ...truth.related.map((title) => ({ title })),
        ];
        const score = scorePage(expected, courses);
        expect(score.missed).toEqual([]);
        expect(score.junk).toEqual([]);
        expect(score.wrong).toEqual([]);
        if (truth.kind === 'detail') {
          const main = courses.find((course) => course.url === truth.url);
          expect(main).toMatchObject({ title: truth.courses[0]!.title, mode: truth.courses[0]!.mode });
        }
      },
    );
  },
);
