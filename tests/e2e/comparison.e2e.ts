/**
 * The participant's story: she browses alternatives and the Prakerja catalogue; a badge beside the
 * course says how many similar courses exist and from what price; the popup compares them; her
 * verdicts stick. And the cold start: with no alternative stored, a search link fills the comparison.
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

const PAGES = {
  listing: ['https://www.prakerja.go.id/pelatihan', 'prakerja-listing-pelatihan.html'],
  course: [
    'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula',
    'prakerja-course-digital-marketing.html',
  ],
  udemy: [
    'https://www.udemy.com/course/digital-marketing-masterclass/',
    'udemy-course-digital-marketing.html',
  ],
  coursera: ['https://www.coursera.org/search', 'coursera-search-digital-marketing.html'],
} as const;
const COURSE_ID = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';

async function serveAll(harness: Harness) {
  for (const [url, file] of Object.values(PAGES)) await harness.serve(url, fixturePage(file));
}

async function badgeText(page: Page, title: string): Promise<string | undefined> {
  return page.evaluate((heading) => {
    for (const host of document.querySelectorAll('bandingin-badge')) {
      const anchor = host.previousElementSibling;
      if (anchor?.textContent?.trim() === heading)
        return host.shadowRoot?.querySelector('button')?.textContent ?? undefined;
    }
    return undefined;
  }, title);
}

const noSeriousViolations = async (page: Page) => {
  const violations = await axeViolations(page);
  expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
};

describe.runIf(canRunE2E())('the comparison, as a participant meets it, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    await serveAll(harness);
  });
  afterAll(async () => harness?.close());

  it('shows a badge beside the course on the listing, which catches up when alternatives are captured in another tab', async () => {
    const tab = await harness.context.newPage();
    await visit(harness, tab, PAGES.listing[0]);
    const alone = await waitFor(() => badgeText(tab, 'Digital Marketing untuk Pemula'), 'the badge');
    expect(alone).toBe('⇄Cari di situs lain');

    // She browses alternatives in another tab, then comes back: no reload needed.
    const other = await harness.context.newPage();
    await visit(harness, other, `${PAGES.coursera[0]}?query=digital%20marketing`);
    await visit(harness, other, PAGES.udemy[0]);
    await waitFor(
      async () => ((await readStore(harness.worker, 'courses')).length >= 4 ? true : undefined),
      'alternatives',
    );
    await other.close();
    await tab.bringToFront();
    const text = await waitFor(async () => {
      const current = await badgeText(tab, 'Digital Marketing untuk Pemula');
      return current?.includes('kursus serupa') ? current : undefined;
    }, 'the badge catching up');
    expect(text).toMatch(/^⇄\d+ kursus serupa · mulai Rp0$/);
    // The badge lives in a shadow root and leaves the card's layout alone.
    expect(await tab.locator('.kartu h3 a').first().textContent()).toBe('Digital Marketing untuk Pemula');
    await tab.screenshot({ path: screenshotPath('listing-badges') });

    // Clicking it opens the comparison.
    const [comparison] = await Promise.all([
      harness.context.waitForEvent('page'),
      tab.evaluate(() => {
        const host = [...document.querySelectorAll('bandingin-badge')][0];
        host?.shadowRoot?.querySelector('button')?.click();
      }),
    ]);
    expect(comparison.url()).toContain(`dashboard.html#course/${encodeURIComponent(COURSE_ID)}`);
    await comparison.close();
    await tab.close();
  });

  it('compares in the popup: equivalents first, price difference, verdicts that persist after a reload', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(PAGES.course[0]);
    const tabId = await tabIdFor(harness.worker, PAGES.course[0]);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.setViewportSize({ width: 400, height: 900 });
    const rows = popup.getByTestId('alternative');
    await expect.poll(() => rows.count()).toBeGreaterThanOrEqual(3);
    // the list settles as the comparison finishes: wait for its first row, not a first reading
    await expect.poll(() => rows.first().textContent()).toMatch(/^Setara/);
    expect(await rows.first().textContent()).toContain('−Rp1.500.000 · −100%');
    // what both share is said apart from what differs, and the differences in Indonesian too
    const reasons = await rows.locator('.alt-why').allTextContents();
    expect(reasons.join('\n')).toMatch(/Kesamaan: digital marketing/);
    expect(reasons.join('\n')).not.toMatch(/not said to be|without |other name|another country/);
    await expect
      .poll(() => popup.getByTestId('balance-share').textContent())
      .toContain('43% dari saldo Rp3.500.000');
    await expect.poll(() => popup.textContent('.price-history')).toContain('Rp1.500.000');
    await noSeriousViolations(popup);
    await popup.screenshot({ path: screenshotPath('popup-comparison'), fullPage: true });

    const titles = async () =>
      (await rows.locator('.alt-title').allTextContents()).map((title) => title.trim());
    const before = await titles();
    const hidden = 'Foundations of Digital Marketing and E-commerce';
    const pinned = 'Digital Marketing Specialization';
    expect(before).toEqual(expect.arrayContaining([hidden, pinned]));
    await rows.filter({ hasText: hidden }).getByRole('button', { name: 'Bukan kursus yang sama' }).click();
    await expect.poll(titles).not.toContain(hidden);
    await rows.filter({ hasText: pinned }).getByRole('button', { name: 'Sama', exact: true }).click();
    await expect.poll(async () => (await titles())[0]).toBe(pinned);

    await popup.reload();
    await expect.poll(async () => (await titles())[0]).toBe(pinned);
    expect(await titles()).not.toContain(hidden);
    await expect.poll(() => rows.first().textContent()).toMatch(/^Ditandai sama/);
    const verdicts = await readStore<{ a: string; same: boolean }>(harness.worker, 'verdicts');
    expect(verdicts.map((verdict) => [verdict.a, verdict.same]).sort()).toEqual([
      [COURSE_ID, false],
      [COURSE_ID, true],
    ]);
    await tab.close();
  });

  it('on an alternative, the popup shows the Prakerja courses it matches', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(PAGES.udemy[0]);
    const tabId = await tabIdFor(harness.worker, PAGES.udemy[0]);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.textContent('main')).toContain('Pelatihan Prakerja yang serupa');
    await expect
      .poll(() => popup.getByTestId('alternative').first().textContent())
      .toContain('Digital Marketing untuk Pemula');
    await tab.close();
  });

  it('the dashboard passes axe too', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('tbody tr').count()).toBeGreaterThan(0);
    await noSeriousViolations(dashboard);
  });
});

describe.runIf(canRunE2E())('the cold start, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    await serveAll(harness);
  });
  afterAll(async () => harness?.close());

  it('offers searches on the alternative sites, and the comparison fills itself from the result page', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(PAGES.course[0]);
    const tabId = await tabIdFor(harness.worker, PAGES.course[0]);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.textContent('main')).toContain('Belum ada kursus serupa');
    const coursera = popup.locator('a[data-site="coursera"]');
    const href = await coursera.getAttribute('href');
    expect(href).toMatch(/^https:\/\/www\.coursera\.org\/search\?query=.*marketing/);
    await noSeriousViolations(popup);
    await popup.screenshot({ path: screenshotPath('popup-cold-start'), fullPage: true });

    const [results] = await Promise.all([harness.context.waitForEvent('page'), coursera.click()]);
    await results.waitForLoadState();
    await expect.poll(() => popup.getByTestId('alternative').count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => popup.textContent('main')).toContain('Digital Marketing Specialization');
  });
});
