import { describe, expect, it } from 'vitest';
import { CaptureMessage, Course, Settings } from '@/utils/model';

const validCourse = {
  site: 'prakerja',
  side: 'prakerja',
  url: 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula',
  title: 'Digital Marketing untuk Pemula',
  price: { amount: 1_500_000, currency: 'IDR' },
  extractor: 'jsonld@1',
};
const message = (course: Record<string, unknown>) => ({
  pageUrl: 'https://www.prakerja.go.id/pelatihan',
  courses: [course],
  report: { methods: ['jsonld'], fields: ['title'], courseCount: 1 },
});

describe('CaptureMessage', () => {
  it('accepts a well-formed capture and fills the defaults', () => {
    const parsed = CaptureMessage.parse(message(validCourse));
    expect(parsed.courses[0]?.source).toBe('page');
    expect(parsed.courses[0]?.price).toEqual({ amount: 1_500_000, currency: 'IDR' });
  });

  it.each([
    ['a javascript: URL', { url: 'javascript:alert(1)' }, 'url'],
    ['a data: URL', { url: 'data:text/html,<script>alert(1)</script>' }, 'url'],
    ['a 1 MB title', { title: 'x'.repeat(1024 * 1024) }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['a price as text', { price: { amount: '1.500.000', currency: 'IDR' } }, 'price'],
    ['a negative price', { price: { amount: -1, currency: 'IDR' } }, 'price'],
    ['a rating above 5', { rating: 48 }, 'rating'],
    ['an unknown side', { side: 'both' }, 'side'],
    ['an unknown mode', { mode: 'telepathy' }, 'mode'],
    ['a javascript: image', { imageUrl: 'javascript:void 0' }, 'imageUrl'],
  ])('refuses %s', (_label, change, field) => {
    const result = CaptureMessage.safeParse(message({ ...validCourse, ...change }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toContain(field);
  });

  it('refuses more courses than one page can hold', () => {
    const many = { ...message(validCourse), courses: Array.from({ length: 501 }, () => validCourse) };
    expect(CaptureMessage.safeParse(many).success).toBe(false);
  });

  it('refuses a payload that is not an object at all', () => {
    for (const payload of [null, 42, 'capture', [], { courses: 'all' }]) {
      expect(CaptureMessage.safeParse(payload).success).toBe(false);
    }
  });
});

describe('Course', () => {
  it('requires the stored bookkeeping fields', () => {
    expect(Course.safeParse(validCourse).success).toBe(false);
    const stored = {
      ...validCourse,
      id: 'prakerja:/x',
      firstSeen: 1,
      lastSeen: 2,
      source: 'page',
      tokens: [],
    };
    expect(Course.safeParse(stored).success).toBe(true);
  });
});

describe('Settings', () => {
  it('defaults to the Prakerja balance and dated rates', () => {
    const settings = Settings.parse({});
    expect(settings.balance).toBe(3_500_000);
    expect(settings.rates.USD?.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});
