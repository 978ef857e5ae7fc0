/**
 * Real Chromium with the built extension. Fixture pages are served at their real https URLs
 * through `context.route`, so the manifest's real match patterns decide where capture runs.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import {
  CHROMIUM,
  EXTENSION_DIR,
  type ExtensionBrowser,
  launchWithExtension,
} from '../../scripts/lib/chromium';
export const OUTPUT_DIR = resolve('test-output/e2e');

/** Whether E2E can run here; outside CI a missing browser or build prints why and skips. */
export function canRunE2E(): boolean {
  const missing = [
    existsSync(CHROMIUM) ? undefined : `Chromium at ${CHROMIUM} (apt-get install chromium)`,
    existsSync(join(EXTENSION_DIR, 'manifest.json')) ? undefined : `the built extension (npm run build)`,
  ].filter(Boolean);
  if (missing.length === 0) return true;
  if (process.env.CI) throw new Error(`E2E in CI needs ${missing.join(' and ')}`);
  console.warn(`[skip] E2E tests skipped: missing ${missing.join(' and ')}.`);
  return false;
}

export interface Harness extends ExtensionBrowser {
  /** Open an extension page such as `popup.html?tab=3`. */
  openExtensionPage(path: string): Promise<Page>;
}

export const FIXTURE_PAGES = resolve('tests/fixtures/pages');
export const fixturePage = (name: string) => readFileSync(join(FIXTURE_PAGES, name), 'utf8');

/** `args`: extra Chromium switches, e.g. the phone E2E's touch-only input (tests/e2e/phone.ts). */
export async function launch(options: { args?: readonly string[] } = {}): Promise<Harness> {
  const browser = await launchWithExtension(options);
  return {
    ...browser,
    async openExtensionPage(path) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}`);
      return page;
    },
  };
}

/** All rows of one IndexedDB store of the extension, read inside its service worker. */
export async function readStore<T = Record<string, unknown>>(worker: Worker, store: string): Promise<T[]> {
  return worker.evaluate(
    (name) =>
      new Promise<T[]>((done, fail) => {
        const open = indexedDB.open('bandingin');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(name)) return done([]);
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => done(request.result as T[]);
          request.onerror = () => fail(request.error);
        };
      }),
    store,
  );
}

/**
 * How long a wait may take before the test fails; the same as the polls' (vitest.e2e.config.ts).
 * Never a pause: waits end as soon as the state is there.
 */
export const WAIT_MS = 45_000;

/** Poll until `check` returns a value (not undefined) or the time is up. */
export async function waitFor<T>(
  check: () => Promise<T | undefined>,
  what: string,
  timeoutMs = WAIT_MS,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}

/** The tab the background saw `url` in (it keeps one record per tab in session storage). */
export async function tabIdFor(worker: Worker, url: string): Promise<number> {
  return waitFor(async () => {
    const entries = await worker.evaluate(() => chrome.storage.session.get(null));
    const match = Object.entries(entries).find(([, value]) => (value as { url?: string }).url === url);
    return match ? Number(match[0].replace('tab:', '')) : undefined;
  }, `a capture from ${url}`);
}

export function screenshotPath(name: string): string {
  mkdirSync(OUTPUT_DIR, { recursive: true });
  return join(OUTPUT_DIR, `${name}.png`);
}

/**
 * Fill the library with `count` synthetic courses, written straight into IndexedDB inside the
 * service worker (the fastest way to a 100k library; the capture path is tested elsewhere). The
 * match index is dropped, so the first reader rebuilds it from these courses
 * (utils/library/index-view.ts); each course carries a unique ordinal, so that rebuild rewrites no
 * course.
 */
export async function seedLibrary(worker: Worker, count: number): Promise<void> {
  await worker.evaluate(async (total) => {
    const db = await new Promise<IDBDatabase>((done, fail) => {
      const open = indexedDB.open('bandingin');
      open.onsuccess = () => done(open.result);
      open.onerror = () => fail(open.error);
    });
    const words = ['Excel', 'Desain', 'Pemasaran', 'Python', 'Akuntansi', 'Bahasa', 'Inggris', 'Digital'];
    for (let start = 0; start < total; start += 10_000) {
      await new Promise<void>((done, fail) => {
        const tx = db.transaction('courses', 'readwrite');
        const store = tx.objectStore('courses');
        for (let i = start; i < Math.min(total, start + 10_000); i++) {
          const title = `Kursus ${words[i % 8]} ${words[(i * 7) % 8]} nomor ${i}`;
          const price = 100_000 + (i % 50) * 10_000;
          const hours = 1 + (i % 20);
          store.put({
            id: `seed:${i}`,
            site: i % 3 === 0 ? 'prakerja' : 'udemy',
            side: i % 3 === 0 ? 'prakerja' : 'alternative',
            url: `https://www.udemy.com/course/seed-${i}`,
            title,
            price: { amount: price, currency: 'IDR' },
            hours,
            firstSeen: i,
            lastSeen: i,
            source: 'import',
            extractor: 'seed@1',
            tokens: title.toLowerCase().split(' '),
            ord: i,
            // the derived sort keys storeCourses writes (utils/course-keys.ts sortKeys)
            sortPrice: price,
            sortHours: hours,
            sortTitle: title.toLowerCase(),
          });
        }
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
    }
    await new Promise<void>((done, fail) => {
      const tx = db.transaction('settings', 'readwrite');
      tx.objectStore('settings').delete('matchIndex');
      tx.oncomplete = () => done();
      tx.onerror = () => fail(tx.error);
    });
    db.close();
  }, count);
}

/**
 * Open `url` in `page` and wait until its capture has reached the background. The content script
 * runs at document_idle, which can come after `goto` resolves: navigating on at once would cut it off.
 */
export async function visit(harness: Harness, page: Page, url: string): Promise<void> {
  await page.goto(url);
  await tabIdFor(harness.worker, url);
}
