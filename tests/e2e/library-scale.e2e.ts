import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canRunE2E, type Harness, launch, seedLibrary, waitFor } from './harness';

describe.runIf(canRunE2E())('the dashboard with 100k courses', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    // Open an extension page first so the database exists with its schema.
    const page = await harness.openExtensionPage('dashboard.html');
    await waitFor(
      async () => ((await page.textContent('main'))?.includes('masih kosong') ? true : undefined),
      'the empty library',
    );
    await page.close();
    await seedLibrary(harness.worker, 100_000);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('pages from the newest to the oldest course by keyboard', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.textContent('h1')).toContain('100.000 kursus');
    // The heading shows before the page; the page count may follow the rows.
    await expect.poll(() => dashboard.locator('tbody tr').count()).toBe(50);
    await expect.poll(() => dashboard.locator('tbody tr').first().textContent()).toContain('nomor 99999');
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 1 dari 2.000');

    await dashboard.getByRole('button', { name: /Terakhir/ }).focus();
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 2.000 dari 2.000');
    await expect.poll(() => dashboard.locator('tbody tr').last().textContent()).toContain('nomor 0');

    await dashboard.getByRole('button', { name: /Sebelumnya/ }).click();
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 1.999 dari 2.000');
    await expect.poll(() => dashboard.locator('tbody tr').first().textContent()).toContain('nomor 99');
  });
});
