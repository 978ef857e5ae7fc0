/**
 * "Sites on or off" in Settings, end to end: a site switched off is neither captured nor badged;
 * switched on again, the open page is captured and badged without a reload.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunE2E, fixturePage, type Harness, launch, readStore, visit, waitFor } from './harness';

const PRAKERJA_URL = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
const UDEMY_URL = 'https://www.udemy.com/course/digital-marketing-masterclass/';
const PRAKERJA_ID = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';

const badgeCount = (page: Page) => page.locator('bandingin-badge').count();

describe.runIf(canRunE2E())('sites on or off, in Chromium', () => {
  let harness: Harness;
  let settings: Page;
  beforeAll(async () => {
    harness = await launch();
    await harness.serve(PRAKERJA_URL, fixturePage('prakerja-course-digital-marketing.html'));
    await harness.serve(UDEMY_URL, fixturePage('udemy-course-digital-marketing.html'));
    settings = await harness.openExtensionPage('dashboard.html#settings');
  });
  afterAll(async () => harness?.close());

  /** Switch a site in Settings and wait until the library holds the setting. */
  async function switchSite(name: string, id: string, on: boolean) {
    const toggle = settings.getByRole('checkbox', { name, exact: true });
    // the box follows the saved setting, which lands a while after the click: wait for each state
    // (check() and uncheck() demand the change at once, and a render in between puts the box back)
    await expect.poll(() => toggle.isChecked()).toBe(!on);
    await toggle.click();
    await waitFor(
      async () => {
        const rows = await readStore<{ key: string; value?: { disabledSites?: string[] } }>(
          harness.worker,
          'settings',
        );
        const off = rows.find((row) => row.key === 'settings')?.value?.disabledSites?.includes(id) ?? false;
        return off === !on ? true : undefined;
      },
      `${name} switched ${on ? 'on' : 'off'}`,
    );
    await expect.poll(() => toggle.isChecked()).toBe(on);
  }

  it('captures and badges nothing on a site that is off, then everything once it is on', async () => {
    await switchSite('Prakerja', 'prakerja', false);
    // the content script's question to the background, watched from the service worker
    await harness.worker.evaluate(() => {
      const asked: string[] = [];
      (globalThis as { asked?: string[] }).asked = asked;
      chrome.runtime.onMessage.addListener((message: { type?: string }, sender) => {
        if (message?.type === 'siteEnabled' && sender.url) asked.push(sender.url);
      });
    });
    const tab = await harness.context.newPage();
    await tab.goto(PRAKERJA_URL);
    await waitFor(
      () =>
        harness.worker.evaluate(
          (url) => ((globalThis as { asked?: string[] }).asked?.includes(url) ? true : undefined),
          PRAKERJA_URL,
        ),
      'the page asking whether its site is on',
    );
    // a site that is on, captured after it through the same background
    const other = await harness.context.newPage();
    await visit(harness, other, UDEMY_URL);
    await waitFor(
      async () => ((await readStore(harness.worker, 'courses')).length > 0 ? true : undefined),
      'the Udemy course stored',
    );
    const ids = (await readStore<{ id: string }>(harness.worker, 'courses')).map((course) => course.id);
    expect(ids).not.toContain(PRAKERJA_ID);
    expect(ids.every((id) => id.startsWith('udemy:'))).toBe(true);
    expect(await badgeCount(tab)).toBe(0);

    // switched on: the open page captures without a reload, and its badge appears
    await switchSite('Prakerja', 'prakerja', true);
    await waitFor(
      async () =>
        (await readStore<{ id: string }>(harness.worker, 'courses')).some(
          (course) => course.id === PRAKERJA_ID,
        )
          ? true
          : undefined,
      'the Prakerja course captured',
    );
    await expect.poll(() => badgeCount(tab)).toBeGreaterThan(0);

    // off again: the badges leave the page
    await switchSite('Prakerja', 'prakerja', false);
    await expect.poll(() => badgeCount(tab)).toBe(0);
    await tab.close();
    await other.close();
  });
});
