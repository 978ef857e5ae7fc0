/**
 * The site convention: every site in the catalogue has its adapter, its own file ending with the real
 * URL patterns it serves, hand-made fixtures in tests/fixtures/<site>/, match patterns that agree with
 * its host regex, and its name in README.md's "Supported sites" paragraph. A new site that skips a step
 * fails here, not in a user's browser.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_EXTRACTORS } from '@/utils/sites/adapters';
import { SITES } from '@/utils/sites/catalogue';
import { ALL_HOST_PATTERNS, siteFor } from '@/utils/sites/lookup';

const root = resolve(__dirname, '../../..');
const readme = readFileSync(resolve(root, 'README.md'), 'utf8');
const supported = /Supported sites:([\s\S]*?)\n\n/.exec(readme)?.[1] ?? '';

/** A host a match pattern's host part stands for ("*.udemy.com" → "www.udemy.com"). */
const hostOf = (pattern: string) => /^\*:\/\/([^/]+)\//.exec(pattern)?.[1]?.replace(/^\*\./, 'www.');

describe.each(SITES.map((site) => [site.id, site] as const))('site %s', (id, site) => {
  it('has an adapter named after it', () => {
    expect(SITE_EXTRACTORS[id]).toBeDefined();
    expect(SITE_EXTRACTORS[id].name).toBe(id);
  });

  it('has hand-made fixtures, each saying so', () => {
    const folder = resolve(root, 'tests/fixtures', id);
    expect(existsSync(folder)).toBe(true);
    const files = readdirSync(folder).filter((file) => file.endsWith('.html'));
    expect(files.length).toBeGreaterThanOrEqual(2);
    for (const file of files) {
      expect(readFileSync(resolve(folder, file), 'utf8').split('\n')[0]).toMatch(/^<!-- Hand-made fixture/);
    }
  });

  it('has match patterns whose hosts its host regex claims', () => {
    expect(site.patterns.length).toBeGreaterThan(0);
    for (const pattern of site.patterns) {
      const host = hostOf(pattern);
      expect(host, pattern).toBeDefined();
      expect(siteFor(new URL(`https://${host}/`))?.id, pattern).toBe(id);
      expect(ALL_HOST_PATTERNS).toContain(pattern);
    }
  });

  it('has one file ending with the real URL patterns it serves, all of them its own', () => {
    const file = resolve(root, 'utils/sites', `${id}.ts`);
    expect(existsSync(file)).toBe(true);
    const source = readFileSync(file, 'utf8').trimEnd();
    const last = /\/\*(?:(?!\/\*)[\s\S])*\*\/$/.exec(source)?.[0] ?? '';
    const urls = last.match(/https?:\/\/[^\s*]+/g) ?? [];
    expect(urls.length, 'a closing comment with URL patterns').toBeGreaterThan(0);
    for (const url of urls) expect(siteFor(new URL(url.replace(/<[^>]*>/g, 'x')))?.id, url).toBe(id);
  });

  it('is named in the README', () => {
    expect(supported.toLowerCase()).toContain(site.name.toLowerCase());
  });
});

describe('the catalogue', () => {
  it('has unique ids, names and hosts', () => {
    expect(new Set(SITES.map((site) => site.id)).size).toBe(SITES.length);
    expect(new Set(SITES.map((site) => site.name)).size).toBe(SITES.length);
    expect(new Set(ALL_HOST_PATTERNS).size).toBe(ALL_HOST_PATTERNS.length);
  });

  it('has no adapter without a row', () => {
    expect(Object.keys(SITE_EXTRACTORS).sort()).toEqual(SITES.map((site) => site.id).sort());
  });
});
