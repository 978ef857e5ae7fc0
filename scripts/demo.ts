/**
 * The demo: Chromium with the freshly built extension, browsing bundled demo pages served at their
 * real URLs (nothing leaves the machine). With a display it stays open for you to click around;
 * without one it writes screenshots of the popup and the dashboard and prints where they are.
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium';

const PAGES_DIR = resolve('tests/fixtures/pages');
const OUT_DIR = resolve(process.env.DEMO_OUTPUT ?? 'demo-output');

/** Each demo page says in its first comment where it is served. */
function demoPages(): { url: string; html: string }[] {
  return (
    readdirSync(PAGES_DIR)
      .filter((name) => name.endsWith('.html'))
      .map((name) => readFileSync(join(PAGES_DIR, name), 'utf8'))
      .map((html) => ({ html, url: /Served at (https:\/\/\S+?) in tests/.exec(html)?.[1] ?? '' }))
      .filter((page) => page.url)
      // Alternatives first, so the Prakerja pages already have something to compare with.
      .sort(
        (a, b) =>
          Number(a.url.includes('prakerja.go.id')) - Number(b.url.includes('prakerja.go.id')) ||
          a.url.localeCompare(b.url),
      )
  );
}

async function main() {
  const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
  const browser = await launchWithExtension({ headless });
  const pages = demoPages();
  for (const page of pages) await browser.serve(page.url, page.html);

  const listing = await browser.context.newPage();
  for (const { url } of pages) {
    const tab = url.endsWith('/pelatihan') ? listing : await browser.context.newPage();
    await tab.goto(url);
    await tab.waitForTimeout(1200); // let the content script capture, the background store and the badges appear
    console.log(`visited ${url}`);
  }

  const tabs = (await browser.worker.evaluate(() => chrome.storage.session.get(null))) as Record<
    string,
    { url?: string }
  >;
  // session storage also holds other things than tab captures (shared match counts)
  const prakerjaTab = Object.entries(tabs).find(
    ([key, value]) => key.startsWith('tab:') && value.url?.endsWith('digital-marketing-untuk-pemula'),
  )?.[0];
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 400, height: 760 });
  await popup.goto(
    `chrome-extension://${browser.extensionId}/popup.html${prakerjaTab ? `?tab=${prakerjaTab.replace('tab:', '')}` : ''}`,
  );
  const dashboard = await browser.context.newPage();
  await dashboard.goto(`chrome-extension://${browser.extensionId}/dashboard.html`);

  if (headless) {
    mkdirSync(OUT_DIR, { recursive: true });
    await popup.waitForSelector('.alternatives, .cold-start');
    await popup.screenshot({ path: join(OUT_DIR, 'popup.png') });
    await dashboard.waitForSelector('tbody tr');
    await dashboard.screenshot({ path: join(OUT_DIR, 'dashboard.png') });
    await listing.setViewportSize({ width: 1000, height: 420 });
    await listing.screenshot({ path: join(OUT_DIR, 'badges.png') });
    await browser.close();
    console.log(`Screenshots written to ${OUT_DIR}`);
  } else {
    console.log('Chromium is open with Bandingin loaded. Close the window or press Ctrl+C to end the demo.');
    await new Promise<void>((done) => browser.context.on('close', () => done()));
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
