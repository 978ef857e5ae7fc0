/**
 * Main-thread time of capturing a 200-card Prakerja-style listing in Chromium (budget: 30 ms), and the
 * longest main-thread task (Long Tasks API) while the live capture reads each hostile page of
 * scripts/lib/hostile-pages.ts (budget: 50 ms).
 * Bundles the capture code as the content script runs it, serves the page at its real URL, and times
 * capturePage(document, url, extractorsFor(url)) in the page. Prints the figures; asserts nothing.
 *   npm run bench:capture
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM } from './lib/chromium';
import { HOSTILE_PAGES } from './lib/hostile-pages';

const CARDS = 200;
const RUNS = 25;
const URL_ = 'https://www.prakerja.go.id/katalog-pelatihan';
const root = resolve(import.meta.dirname, '..');

function listingPage(script: string): string {
  const modes = ['Webinar', 'Luring - Kota Bandung', 'SPL', 'Daring'];
  const cards = Array.from({ length: CARDS }, (_, i) => {
    const struck = i % 3 === 0 ? `<s>Rp${(1_500_000 + i * 1000).toLocaleString('id-ID')}</s> ` : '';
    return `<div class="c${i % 7}"><a href="/pelatihan/kursus-${i}"><img src="/img/${i}.jpg" alt=""><h3>Pelatihan Contoh Nomor ${i} untuk Pekerja</h3></a>
      <p>LPK Contoh ${i % 40}</p><div>${struck}<span>Rp${(750_000 + i * 1000).toLocaleString('id-ID')}</span></div>
      <span>${15 + (i % 10)} JP</span> <span>${modes[i % 4]}</span> <span>4,${i % 10} (${i * 7} ulasan)</span></div>`;
  }).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Katalog</title></head><body>
    <header><nav><a href="/">Beranda</a></nav><div>Saldo Rp3.500.000</div></header>
    <main><h1>Katalog Pelatihan</h1><section>${cards}</section></main>
    <script>${script}</script></body></html>`;
}

async function main() {
  const bundle = await build({
    stdin: {
      contents: `import { capturePage } from './utils/capture/pipeline';
        import { startLiveCapture } from './utils/capture/live';
        import { extractorsFor } from './utils/sites/adapters';
        // The live capture as the content script runs it, watched by the Long Tasks API.
        globalThis.__hostile = () => new Promise((resolve) => {
          const tasks = [];
          const observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) tasks.push(entry.duration);
          });
          observer.observe({ type: 'longtask' });
          const start = performance.now();
          let live;
          live = startLiveCapture({
            doc: document,
            currentUrl: () => location.href,
            send: async () => {},
            extractorsFor,
            debounceMs: 1e9,
            onCapture: (result) => {
              const total = performance.now() - start;
              setTimeout(() => {
                observer.disconnect();
                live?.stop();
                resolve({ total, courses: result.courses.length, longest: Math.max(0, ...tasks), longTasks: tasks.length });
              }, 200);
            },
          });
        });
        globalThis.__bench = (runs) => {
          const url = new URL(location.href);
          const times = [];
          let count = 0;
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            count = capturePage(document, url, extractorsFor(url)).courses.length;
            times.push(performance.now() - start);
          }
          const perExtractor = {};
          for (const extractor of extractorsFor(url)) {
            const start = performance.now();
            for (let i = 0; i < 5; i++) extractor.extract(document, url);
            perExtractor[extractor.name] = +((performance.now() - start) / 5).toFixed(1);
          }
          // The plain alternative, same page, same run: a naive scraper that takes every link, its
          // parent card's text and the first Rp amount in it (no adapters, merging, clamping or labels).
          const plain = [];
          for (let i = 0; i < runs; i++) {
            const start = performance.now();
            const found = [];
            for (const link of document.querySelectorAll('a[href]')) {
              const card = link.parentElement;
              const price = /Rp\\s?[\\d.]+/.exec(card?.textContent ?? '');
              if (price) found.push({ url: link.href, title: link.textContent.trim(), price: price[0] });
            }
            plain.push(performance.now() - start);
          }
          return { times, count, perExtractor, plain };
        };`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'chrome120',
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  try {
    const page = await browser.newPage();
    await page.route(/^https?:\/\//, (route) =>
      route.request().url().startsWith(URL_)
        ? route.fulfill({
            contentType: 'text/html; charset=utf-8',
            body: listingPage(bundle.outputFiles[0]!.text),
          })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(URL_);
    await page.evaluate(() => (globalThis as unknown as { __bench: (n: number) => unknown }).__bench(3)); // warm up
    const { times, count, perExtractor, plain } = await page.evaluate(
      (runs) =>
        (
          globalThis as unknown as {
            __bench: (n: number) => {
              times: number[];
              count: number;
              perExtractor: Record<string, number>;
              plain: number[];
            };
          }
        ).__bench(runs),
      RUNS,
    );
    const sorted = [...times].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
    console.log(
      `capture ${CARDS}-card listing in Chromium: median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, ` +
        `${count} courses, ${RUNS} runs (budget 30 ms)`,
    );
    console.log(`per extractor (ms): ${JSON.stringify(perExtractor)}`);
    const plainMedian = [...plain].sort((a, b) => a - b)[Math.floor(plain.length / 2)]!;
    console.log(
      `plain link-and-price scraper, same page: median ${plainMedian.toFixed(1)} ms; ratio ours / plain ${(at(0.5) / Math.max(plainMedian, 0.01)).toFixed(1)}×`,
    );
    await hostile(browser, bundle.outputFiles[0]!.text);
  } finally {
    await browser.close();
  }
}

/** Each hostile page served at a Prakerja URL, its live capture watched for long tasks. */
async function hostile(browser: import('playwright-core').Browser, script: string) {
  console.log('hostile pages (live capture, longest main-thread task; budget 50 ms):');
  for (const [index, { name, html }] of HOSTILE_PAGES.entries()) {
    const address = name.includes('cards')
      ? `https://www.prakerja.go.id/katalog-pelatihan?bench=${index}`
      : `https://www.prakerja.go.id/pelatihan/hostile-${index}`;
    const page = await browser.newPage();
    const body = html().replace('</body>', () => `<script>${script}</script></body>`);
    await page.route(/^https?:\/\//, (route) =>
      route.request().url() === address
        ? route.fulfill({ contentType: 'text/html; charset=utf-8', body })
        : route.fulfill({ status: 404, body: '' }),
    );
    await page.goto(address, { timeout: 120_000 });
    await page.waitForTimeout(500); // let parsing and layout of a huge page settle first
    const result = await page.evaluate(() =>
      (globalThis as unknown as { __hostile: () => Promise<Record<string, number>> }).__hostile(),
    );
    console.log(
      // The Long Tasks API reports only tasks of 50 ms and more: none reported means none that long.
      `  ${name.padEnd(32)} ${result.longTasks ? `longest task ${result.longest!.toFixed(0)} ms (${result.longTasks} over 50 ms)` : 'no task over 50 ms'}, ` +
        `capture done after ${result.total!.toFixed(0)} ms, ${result.courses} courses`,
    );
    await page.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
