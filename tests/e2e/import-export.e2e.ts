import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunE2E, fixturePage, type Harness, launch, readStore, tabIdFor, waitFor } from './harness';

const PRAKERJA_URL = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
const UDEMY_URL = 'https://www.udemy.com/course/digital-marketing-masterclass/';
const text = (page: Page, selector: string) => page.textContent(selector).then((value) => value ?? '');

async function downloaded(page: Page, click: () => Promise<void>) {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') };
}

describe.runIf(canRunE2E())('import and export, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    await harness.serve(PRAKERJA_URL, fixturePage('prakerja-course-digital-marketing.html'));
    await harness.serve(UDEMY_URL, fixturePage('udemy-course-digital-marketing.html'));
  });
  afterAll(async () => harness?.close());

  it('goes from browsing to a comparison CSV in three clicks', async () => {
    const tab = await harness.context.newPage();
    await tab.goto(UDEMY_URL);
    await tabIdFor(harness.worker, UDEMY_URL); // its capture has reached the background
    await tab.goto(PRAKERJA_URL);
    const tabId = await tabIdFor(harness.worker, PRAKERJA_URL);
    await waitFor(
      async () => ((await readStore(harness.worker, 'courses')).length === 2 ? true : undefined),
      'captures',
    );

    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    const [dashboard] = await Promise.all([
      harness.context.waitForEvent('page'),
      popup.getByRole('button', { name: 'Buka dasbor' }).click(), // click 1
    ]);
    await dashboard.waitForLoadState();
    await dashboard.getByRole('link', { name: 'Impor & ekspor' }).click(); // click 2
    const csv = await downloaded(
      dashboard,
      () => dashboard.getByRole('button', { name: 'Unduh perbandingan (CSV)' }).click(), // click 3
    );
    expect(csv.name).toMatch(/^bandingin-comparisons-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      from_id: 'prakerja:/pelatihan/digital-marketing-untuk-pemula',
      from_title: 'Digital Marketing untuk Pemula',
      from_price_idr: '1500000',
      to_id: 'udemy:/course/digital-marketing-masterclass',
      to_site: 'udemy',
      verdict: 'equivalent',
    });
    expect(rows[0]?.why).toContain('digital marketing');
    expect(Number(rows[0]?.score)).toBeGreaterThanOrEqual(0.62);
    await dashboard.close();
  });

  it('exports the catalogue and the price history as JSON with a schema version', async () => {
    const page = await harness.openExtensionPage('dashboard.html#data');
    const catalogue = await downloaded(page, () =>
      page.getByRole('button', { name: 'Unduh seluruh katalog sebagai JSON' }).click(),
    );
    const json = JSON.parse(catalogue.text);
    expect(json).toMatchObject({ format: 'bandingin-catalogue', schemaVersion: 1 });
    expect(json.rows.map((row: { title: string }) => row.title).sort()).toEqual([
      'Digital Marketing untuk Pemula',
      'The Complete Digital Marketing Course for Beginners',
    ]);
    const history = await downloaded(page, () =>
      page.getByRole('button', { name: 'Unduh riwayat harga (CSV)' }).click(),
    );
    expect(history.text).toContain('prakerja:/pelatihan/digital-marketing-untuk-pemula');
    expect(history.text).toContain('1500000');
    await page.close();
  });

  it('refuses a malformed catalogue, naming the bad rows, and changes nothing', async () => {
    const before = await readStore(harness.worker, 'courses');
    const page = await harness.openExtensionPage('dashboard.html#data');
    const csv = [
      'judul,harga,link',
      'Excel Dasar,Rp 100.000,https://x.example/1',
      ',Rp 5,https://x.example/2',
      'Word,Rp 3',
    ].join('\n');
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'katalog.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => text(page, '.import-mapping')).toContain('Excel Dasar');
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    await expect.poll(() => text(page, '.error-report')).toContain('2 baris bermasalah');
    const report = await text(page, '.error-report');
    expect(report).toContain('Baris 2: no title');
    expect(report).toContain('Baris 3: has 2 cells');
    expect(await readStore(harness.worker, 'courses')).toEqual(before);
    await page.close();
  });

  it('imports a good catalogue with progress, and it shows in the library', async () => {
    const page = await harness.openExtensionPage('dashboard.html#data');
    const lines = [
      'name,price,url',
      ...Array.from(
        { length: 3000 },
        (_, i) => `Belajar Excel ${i},${i % 7 === 0 ? 'Gratis' : '$12.99'},https://courses.example/${i}`,
      ),
    ];
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'contoh.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    // the import runs in its own thread, not the dashboard's
    const worker = page.waitForEvent('worker');
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    expect((await worker).url()).toContain('import.worker');
    await expect.poll(() => text(page, '.toast-region')).toContain('3.000 kursus diimpor');
    expect((await readStore(harness.worker, 'courses')).length).toBe(3002);
    await page.getByRole('link', { name: 'Perpustakaan' }).click();
    await expect.poll(() => text(page, 'h1')).toContain('3.002 kursus');
    await page.close();
  });

  it('cancels an import half-way and keeps the library as it was', async () => {
    const page = await harness.openExtensionPage('dashboard.html#data');
    const before = (await readStore(harness.worker, 'courses')).length;
    const lines = ['name,price', ...Array.from({ length: 60_000 }, (_, i) => `Kursus Batal ${i},Rp 1000`)];
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'besar.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) });
    await page.getByRole('button', { name: 'Periksa dan impor' }).click();
    // cancelled once some chunks are written
    await expect
      .poll(() => text(page, '[role="status"]'), { timeout: 60_000 })
      .toMatch(/Mengimpor [1-9][\d.]* dari/);
    await page.getByRole('button', { name: 'Batal' }).click();
    await expect.poll(() => text(page, 'main')).toContain('Impor dibatalkan. Perpustakaan tidak berubah.');
    expect((await readStore(harness.worker, 'courses')).length).toBe(before);
    await page.close();
  });

  it('orders foreign prices by the new rate once the user changes it', async () => {
    const page = await harness.openExtensionPage('dashboard.html#library');
    // the filters are set once the library has loaded (before, a render can reset them)
    await expect.poll(() => page.locator('tbody tr').count()).toBe(50);
    await page.getByLabel('Jenis').selectOption('alternative');
    // each filter is in the address before the next one is typed: a render that lands between the
    // typing and the Enter would put the controlled input back to empty, and the Enter would set nothing
    await expect.poll(() => page.url()).toContain('side=alternative');
    const priceMax = page.getByLabel('Harga maks (Rp)');
    await priceMax.fill('2000000');
    await expect.poll(() => priceMax.inputValue()).toBe('2000000');
    await priceMax.press('Enter');
    // 3.000 imported at $12.99 (≈ Rp208.000) or free: all under Rp2.000.000, 50 to a page (and the
    // Udemy course, when its page had rendered a price).
    const pages = async () => Number(/dari ([\d.]+)/.exec(await text(page, '.pager'))?.[1]?.replace('.', ''));
    // the whole library is 61 pages too: wait for the filters to be in the address first
    await expect.poll(() => page.url()).toContain('pmax=2000000');
    await expect.poll(pages).toBeGreaterThanOrEqual(60);
    const filtered = page.url();

    await page.getByRole('link', { name: 'Pengaturan' }).click();
    const usd = page.getByLabel('1 USD dalam rupiah');
    await usd.fill('200000');
    await usd.press('Enter');
    await expect.poll(() => text(page, '.toast-region')).toContain('Tersimpan');
    // $12.99 is now Rp2.598.000: only the 429 free ones stay under the limit.
    await page.goto(filtered);
    await expect.poll(pages).toBe(9);
    expect(await text(page, 'main')).not.toContain('Mengurutkan ulang');
    await page.close();
  });
});
