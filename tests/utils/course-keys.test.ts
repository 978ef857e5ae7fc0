import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundId, canonicalHref, canonicalUrl, courseId, fnv1a64, isPlainWebUrl } from '@/utils/course-keys';
import { LIMITS } from '@/utils/limits';
import { Course } from '@/utils/model';

const longPath = (fill: string) => `https://www.udemy.com/course/${fill.repeat(2000)}`.slice(0, LIMITS.url);

describe('course ids', () => {
  it('keeps a short id as it is', () => {
    expect(courseId('udemy', 'https://www.udemy.com/course/excel/?utm_source=x')).toBe('udemy:/course/excel');
    expect(courseId('prakerja', undefined, 'abc-123')).toBe('prakerja:abc-123');
  });

  it('bounds an id built from a 2,048-character URL: readable prefix, stable hash of the whole', () => {
    const id = courseId('udemy', longPath('a'));
    expect(id.length).toBeLessThanOrEqual(LIMITS.id);
    expect(id.startsWith('udemy:/course/aaaa')).toBe(true);
    expect(id).toMatch(/~[0-9a-f]{16}$/);
    expect(courseId('udemy', longPath('a'))).toBe(id);
    // the same prefix, a different end: a different id
    expect(courseId('udemy', `${longPath('a').slice(0, -1)}b`)).not.toBe(id);
    // the schema of a stored course accepts it
    expect(Course.shape.id.safeParse(id).success).toBe(true);
  });

  it('bounds a long site key too', () => {
    expect(courseId('prakerja', undefined, 'k'.repeat(LIMITS.id)).length).toBeLessThanOrEqual(LIMITS.id);
  });

  it('is idempotent and always within the limit, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 3000 }), (text) => {
        const id = boundId(text);
        expect(id.length).toBeLessThanOrEqual(LIMITS.id);
        expect(boundId(id)).toBe(id);
        // never half of a surrogate pair at the cut
        expect(id).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });

  it('hashes with FNV-1a 64 (the published test vectors)', () => {
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    expect(fnv1a64('a')).toBe('af63dc4c8601ec8c');
    expect(fnv1a64('foobar')).toBe('85944171f73967e8');
  });
});

describe('canonical URLs', () => {
  it('drop user:pass@, the fragment and tracking parameters', () => {
    expect(canonicalUrl('https://alice:s3cret@www.udemy.com/course/x/?utm_source=a#top').href).toBe(
      'https://www.udemy.com/course/x',
    );
  });
});

describe('canonicalHref', () => {
  const piece = fc.oneof(
    fc.stringMatching(/^[a-zA-Z0-9._~%@:!$&'()*+,;=? #\\-]{0,6}$/),
    fc.constantFrom('.', '..', '%2e', 'xn--p1ai', 'é', '/', '//', '?', '#', ' ', 'A'),
  );
  const host = fc.constantFrom(
    'www.udemy.com',
    'Ex.COM',
    'a.b-c.id',
    'xn--p1ai.id',
    'a.xn--p1ai',
    '127.0.0.1',
    'x.123',
    'bücher.de',
    'a..b',
  );
  const url = fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'HTTP://', 'ftp://'),
      fc.option(fc.constantFrom('u:p@', 'u@')),
      host,
      fc.option(fc.constantFrom(':443', ':8080')),
      fc.array(piece, { maxLength: 5 }),
    )
    .map(
      ([scheme, credentials, name, port, path]) =>
        `${scheme}${credentials ?? ''}${name}${port ?? ''}/${path.join('/')}`,
    );
  const href = (raw: string) => {
    try {
      return canonicalUrl(raw).href;
    } catch {
      return 'invalid';
    }
  };
  const fast = (raw: string) => {
    try {
      return canonicalHref(raw);
    } catch {
      return 'invalid';
    }
  };

  it('is canonicalUrl(raw).href for every address, plain or not', () => {
    fc.assert(
      fc.property(url, (raw) => {
        expect(fast(raw)).toBe(href(raw));
        // a plain address is a web URL, as the model's check takes it without parsing
        if (isPlainWebUrl(raw)) expect(new URL(raw).protocol).toMatch(/^https?:$/);
      }),
      { numRuns: 5000 },
    );
    for (const raw of [
      'https://x.id',
      'https://x.id/',
      'https://x.id//',
      'https://x.id/a//',
      'https://www.udemy.com/course/c-1/',
    ])
      expect(fast(raw)).toBe(href(raw));
  });
});
