import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { savedPageUrl } from '@/utils/extract/saved-page';
import { extractFromHtml } from '../../scripts/extract';
import { readFixture } from '../capture-helpers';

const root = resolve(__dirname, '../..');

describe('extract CLI', () => {
  it('captures a saved page in Node with the extension adapters', () => {
    const { courses, report } = extractFromHtml(
      readFixture('prakerja/detail-labels.html'),
      'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-umkm',
    );
    expect(courses[0]).toMatchObject({ title: 'Digital Marketing untuk UMKM', hours: 15 });
    expect(report.methods).toContain('prakerja');
  });

  it('prints JSON from the command line', () => {
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        'scripts/extract.ts',
        '--url',
        'https://www.prakerja.go.id/katalog-pelatihan',
        'tests/fixtures/prakerja/listing-cards.html',
      ],
      { cwd: root, encoding: 'utf8' },
    );
    const result = JSON.parse(out);
    expect(result.courses).toHaveLength(3);
    expect(result.report.courseCount).toBe(3);
  });

  it('finds where a saved page came from', () => {
    expect(savedPageUrl('<!-- saved from url=(0042)https://www.classcentral.com/provider/edx -->')).toBe(
      'https://www.classcentral.com/provider/edx',
    );
    expect(savedPageUrl('<link rel="canonical" href="javascript:alert(1)">')).toBeUndefined();
  });
});
