/** Capture a page from HTML in tests, with the same adapters and pipeline the extension runs. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { capturePage } from '@/utils/capture/pipeline';
import { CapturedCourse } from '@/utils/model';
import { extractorsFor } from '@/utils/sites/adapters';
import { parseHtml } from './dom';

export { parseHtml };

/** Capture, and check every course against the real schema the background applies. */
export function captureDoc(doc: Document, pageUrl: string) {
  const url = new URL(pageUrl);
  const result = capturePage(doc, url, extractorsFor(url));
  for (const course of result.courses) expect(CapturedCourse.safeParse(course).success).toBe(true);
  return result;
}

export const captureHtml = (html: string, pageUrl: string) => captureDoc(parseHtml(html, pageUrl), pageUrl);

export function readFixture(file: string): string {
  const html = readFileSync(resolve(__dirname, 'fixtures', file), 'utf8');
  expect(html.split('\n')[0]).toMatch(/^<!-- Hand-made fixture/);
  return html;
}

export const captureFixture = (file: string, pageUrl: string) => captureHtml(readFixture(file), pageUrl);
