/**
 * Bandingin at phone width (360 × 740, touch), as on Firefox for Android: the popup (shown there as a
 * page), the dashboard's screens and the in-page badge. On each: nothing scrolls sideways, every
 * visible control is at least 44 × 44, axe finds nothing; screenshots for the README.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  canRunE2E,
  fixturePage,
  type Harness,
  launch,
  readStore,
  screenshotPath,
  tabIdFor,
  visit,
  waitFor,
} from './harness';
import { emulatePhone, PHONE, phoneReport, TOUCH_ONLY_ARGS } from './phone';

const LISTING = 'https://www.prakerja.go.id/pelatihan';
const COURSE = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
const COURSE_ID = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';
const PAGES = [
  [LISTING, 'prakerja-listing-pelatihan.html'],
  [COURSE, 'prakerja-course-digital-marketing.html'],
  ['https://www.udemy.com/course/digital-marketing-masterclass/', 'udemy-course-digital-marketing.html'],
  ['https://www.coursera.org/search', 'coursera-search-digital-marketing.html'],
] as const;

/**
 * The hand-made fixtures are desktop layouts; a real site on a phone has a viewport and one column.
 * Adding both measures the badge on a phone page, not the fixture's three-column grid.
 */
const phoneSite = (html: string) =>
  html.replace(
    '<head>',
    '<head><meta name="viewport" content="width=device-width, initial-scale=1">' +
      '<style>@media (max-width: 600px) { .grid { grid-template-columns: 1fr !important; } }</style>',
  );

async function expectPhoneReady(page: Page, screen: string) {
  const report = await phoneReport(page);
  expect(report.coarsePointer, 'the page sees a touch screen').toBe(true);
  expect(report.viewportWidth).toBe(PHONE.width);
  expect(report.targets, `${screen}: controls measured`).toBeGreaterThan(0);
  expect(report.horizontalOverflow, `${screen} scrolls sideways`).toBeLessThanOrEqual(0);
  expect(report.smallTargets, `${screen}: tap targets under 44 × 44`).toEqual([]);
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
}

async function openPhonePage(harness: Harness, path: string): Promise<Page> {
  const page = await harness.context.newPage();
  await emulatePhone(page);
  await page.goto(`chrome-extension://${harness.extensionId}/${path}`);
  return page;
}

describe.runIf(canRunE2E())('at phone width, with touch, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch({ args: TOUCH_ONLY_ARGS });
    for (const [url, file] of PAGES) await harness.serve(url, phoneSite(fixturePage(file)));
    const tab = await harness.context.newPage();
    await visit(harness, tab, `${PAGES[3][0]}?query=digital%20marketing`);
    await visit(harness, tab, PAGES[2][0]);
    await waitFor(
      async () => ((await readStore(harness.worker, 'courses')).length >= 4 ? true : undefined),
      'alternatives in the library',
    );
    await tab.close();
  });
  afterAll(async () => harness?.close());

  it('the badge on a Prakerja listing is a full-size tap target and the page does not widen', async () => {
    const tab = await harness.context.newPage();
    await emulatePhone(tab);
    await visit(harness, tab, LISTING);
    const size = await waitFor(
      () =>
        tab.evaluate(() => {
          const button = document.querySelector('bandingin-badge')?.shadowRoot?.querySelector('button');
          const text = button?.textContent ?? '';
          if (!button || !text.includes('kursus serupa')) return undefined;
          const box = button.getBoundingClientRect();
          return { width: box.width, height: box.height, right: box.right };
        }),
      'a badge with its count',
      30_000,
    );
    expect(size.height).toBeGreaterThanOrEqual(44);
    expect(size.width).toBeGreaterThanOrEqual(44);
    expect(size.right).toBeLessThanOrEqual(PHONE.width);
    const report = await phoneReport(tab);
    expect(report.horizontalOverflow).toBeLessThanOrEqual(0);
    // The fixture's own links are the site's business; Bandingin's part is the badge.
    expect(report.smallTargets.filter((target) => target.startsWith('button'))).toEqual([]);
    await tab.screenshot({ path: screenshotPath('phone-badges'), scale: 'css' });
    await tab.close();
  });

  it('the popup, shown as a page: comparison and Bagikan fit the phone', async () => {
    const tab = await harness.context.newPage();
    await visit(harness, tab, COURSE);
    const tabId = await tabIdFor(harness.worker, COURSE);
    const popup = await openPhonePage(harness, `popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getByTestId('alternative').count()).toBeGreaterThanOrEqual(3);
    await expect.poll(() => popup.locator('.price-history').count()).toBe(1);
    await expectPhoneReady(popup, 'popup');
    await popup.screenshot({ path: screenshotPath('phone-popup'), scale: 'css' });
    await popup.close();
    await tab.close();
  });

  it('the popup opened as a tab of its own (as Firefox for Android does) speaks about the tab before it', async () => {
    const tab = await harness.context.newPage();
    await visit(harness, tab, COURSE);
    const popup = await openPhonePage(harness, 'popup.html');
    await expect
      .poll(() => popup.locator('.course-title').allTextContents())
      .toContain('Digital Marketing untuk Pemula');
    await popup.close();
    await tab.close();
  });

  it('the library shows cards, with the filters in a sheet that opens by keyboard', async () => {
    const dashboard = await openPhonePage(harness, 'dashboard.html#library');
    await expect.poll(() => dashboard.getByTestId('library-card').count()).toBeGreaterThan(0);
    expect(await dashboard.locator('table.library').isVisible()).toBe(false);
    const sheet = dashboard.locator('details.filters-sheet');
    expect(await sheet.getAttribute('open')).toBeNull();
    expect(await dashboard.getByLabel('Jenis').isVisible()).toBe(false);
    await expectPhoneReady(dashboard, 'library');
    await dashboard.screenshot({ path: screenshotPath('phone-library'), scale: 'css' });

    await dashboard.locator('details.filters-sheet > summary').focus();
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.getByLabel('Jenis').isVisible()).toBe(true);
    const everything = await dashboard.getByTestId('library-card').count();
    await dashboard.getByLabel('Jenis').selectOption('prakerja');
    const sides = () => dashboard.locator('.library-card .side').allTextContents();
    await expect.poll(async () => [...new Set(await sides())]).toEqual(['Prakerja']);
    expect((await sides()).length).toBeLessThan(everything);
    expect(await dashboard.locator('details.filters-sheet > summary').textContent()).toBe('Saringan (1)');
    await expectPhoneReady(dashboard, 'library with the filters open');
    await dashboard.screenshot({ path: screenshotPath('phone-filters'), scale: 'css' });
    await dashboard.close();
  });

  it('the course view, the shortlists, import and export, and settings fit the phone', async () => {
    const dashboard = await openPhonePage(harness, `dashboard.html#course/${encodeURIComponent(COURSE_ID)}`);
    await expect.poll(() => dashboard.getByTestId('alternative').count()).toBeGreaterThanOrEqual(3);
    await expectPhoneReady(dashboard, 'course view');
    await dashboard.screenshot({ path: screenshotPath('phone-course'), scale: 'css' });
    // A shortlist with a course in it, so the shortlists screen shows its notes, tags and budget.
    await dashboard
      .getByTestId('alternative')
      .first()
      .getByRole('button', { name: 'Simpan ke daftar' })
      .click();
    await expect.poll(async () => (await readStore(harness.worker, 'shortlistItems')).length).toBe(1);
    for (const [hash, ready] of [
      ['shortlists', '.shortlist-item'],
      ['data', '.panel h2'],
      ['settings', '.panel h2'],
    ] as const) {
      await dashboard.evaluate((next) => {
        location.hash = next;
      }, hash);
      await expect.poll(() => dashboard.locator(`a[href="#${hash}"][aria-current="page"]`).count()).toBe(1);
      await dashboard.locator(ready).first().waitFor();
      await expectPhoneReady(dashboard, hash);
      await dashboard.screenshot({ path: screenshotPath(`phone-${hash}`), scale: 'css', fullPage: true });
    }
    await dashboard.close();
  });
});
