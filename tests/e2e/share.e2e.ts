/**
 * Sharing a comparison: "Bagikan" in the popup and in the dashboard's course view copies a plain
 * summary (no share sheet in desktop Chromium) and says "Disalin"; where the browser has a share
 * sheet, the same text goes there and nothing is copied.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunE2E, fixturePage, type Harness, launch, readStore, tabIdFor, visit, waitFor } from './harness';

const COURSE = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
const COURSE_ID = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';
const PAGES = [
  [COURSE, 'prakerja-course-digital-marketing.html'],
  ['https://www.udemy.com/course/digital-marketing-masterclass/', 'udemy-course-digital-marketing.html'],
  ['https://www.coursera.org/search', 'coursera-search-digital-marketing.html'],
] as const;

/** Take the share sheet away, or put a recording one in, before the page's scripts run. */
const withoutShareSheet = (page: Page) =>
  page.addInitScript(() => {
    delete (Navigator.prototype as { share?: unknown }).share;
  });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

describe.runIf(canRunE2E())('sharing a comparison, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    for (const [url, file] of PAGES) await harness.serve(url, fixturePage(file));
    // Extension origins cannot be named here; granted to every origin of this test profile.
    await harness.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tab = await harness.context.newPage();
    await visit(harness, tab, `${PAGES[2][0]}?query=digital%20marketing&utm_source=x`);
    await visit(harness, tab, PAGES[1][0]);
    await waitFor(
      async () => ((await readStore(harness.worker, 'courses')).length >= 4 ? true : undefined),
      'alternatives in the library',
    );
    await tab.close();
  });
  afterAll(async () => harness?.close());

  it('the popup copies the summary and says "Disalin"', async () => {
    const tab = await harness.context.newPage();
    await visit(harness, tab, COURSE);
    const tabId = await tabIdFor(harness.worker, COURSE);
    const popup = await harness.context.newPage();
    await withoutShareSheet(popup);
    await popup.goto(`chrome-extension://${harness.extensionId}/popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('alternative').count()).toBeGreaterThanOrEqual(3);
    await popup.evaluate(() => navigator.clipboard.writeText('kosong'));

    await popup.getByRole('button', { name: 'Bagikan perbandingan ini' }).click();
    await expect.poll(() => popup.getByTestId('share-status').textContent()).toMatch(/^Disalin/);
    const text = await readClipboard(popup);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Perbandingan dari Bandingin',
      'Digital Marketing untuk Pemula (Prakerja)',
      'Harga: Rp1.500.000',
      COURSE,
    ]);
    expect(text).toContain('Kursus setara di situs lain:');
    expect(text).toMatch(/^1\. .+\n {3}\S.+ · −Rp\d/m);
    expect(text).toMatch(/^ {3}https:\/\/www\.(coursera\.org|udemy\.com)\//m);
    expect(text).not.toContain('utm_');
    expect(text.split('\n').filter((line) => /^\d\. /.test(line)).length).toBeLessThanOrEqual(3);
    await popup.close();
    await tab.close();
  });

  it("the dashboard's course view copies the same summary, in English when English is chosen", async () => {
    const dashboard = await harness.context.newPage();
    await withoutShareSheet(dashboard);
    await dashboard.goto(
      `chrome-extension://${harness.extensionId}/dashboard.html#course/${encodeURIComponent(COURSE_ID)}`,
    );
    await expect.poll(() => dashboard.getByTestId('alternative').count()).toBeGreaterThanOrEqual(3);
    await dashboard.getByLabel('Bahasa').selectOption('en');
    await dashboard.getByRole('button', { name: 'Share this comparison' }).click();
    await expect.poll(() => dashboard.getByTestId('share-status').textContent()).toMatch(/^Copied/);
    const text = await readClipboard(dashboard);
    expect(text).toMatch(
      /^A comparison from Bandingin\nDigital Marketing untuk Pemula \(Prakerja\)\nPrice: Rp1\.500\.000\n/,
    );
    expect(text).toContain('Equivalent courses on other sites:');
    await dashboard.getByLabel('Language').selectOption('id');
    await expect.poll(() => dashboard.getByLabel('Bahasa').count()).toBe(1);
    await dashboard.close();
  });

  it('where there is a share sheet, the text goes there and nothing is copied', async () => {
    const dashboard = await harness.context.newPage();
    await dashboard.addInitScript(() => {
      const shared: ShareData[] = [];
      (globalThis as { sharedData?: ShareData[] }).sharedData = shared;
      Object.defineProperty(Navigator.prototype, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
    });
    await dashboard.goto(
      `chrome-extension://${harness.extensionId}/dashboard.html#course/${encodeURIComponent(COURSE_ID)}`,
    );
    await expect.poll(() => dashboard.getByTestId('alternative').count()).toBeGreaterThanOrEqual(3);
    await dashboard.evaluate(() => navigator.clipboard.writeText('kosong'));
    await dashboard.getByRole('button', { name: 'Bagikan perbandingan ini' }).click();
    const shared = await waitFor(
      () =>
        dashboard.evaluate(() => {
          const data = (globalThis as { sharedData?: ShareData[] }).sharedData ?? [];
          return data.length ? data : undefined;
        }),
      'the share sheet',
    );
    expect(shared).toHaveLength(1);
    expect(shared[0]?.title).toBe('Digital Marketing untuk Pemula');
    expect(shared[0]?.text).toMatch(/^Perbandingan dari Bandingin\n/);
    expect(await readClipboard(dashboard)).toBe('kosong');
    expect(await dashboard.getByTestId('share-status').textContent()).toBe('');
    await dashboard.close();
  });
});
