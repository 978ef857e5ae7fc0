/** Start Debian's Chromium with the built extension loaded (tests, benchmarks and the demo). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Serve `body` as HTML at `url` (same origin and path; query ignored). */
  serve(url: string, body: string): Promise<void>;
  close(): Promise<void>;
}

export async function launchWithExtension(
  options: { headless?: boolean; args?: readonly string[] } = {},
): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'bandingin-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: { width: 1280, height: 800 },
    locale: 'id-ID',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-sync',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      ...(options.args ?? []),
    ],
  });
  // Nothing may reach the network: anything not served on purpose is answered with a 404.
  await context.route(/^https?:\/\//, (route) => route.fulfill({ status: 404, body: 'not served here' }));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    async serve(url, body) {
      const target = new URL(url);
      await context.route(
        (candidate) => candidate.origin === target.origin && candidate.pathname === target.pathname,
        (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
