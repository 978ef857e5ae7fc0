import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunE2E,
  fixturePage,
  type Harness,
  launch,
  readStore,
  screenshotPath,
  visit,
  waitFor,
} from './harness';

const PRAKERJA_URL = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
const UDEMY_URL = 'https://www.udemy.com/course/digital-marketing-masterclass/';

async function browse(harness: Harness) {
  await harness.serve(PRAKERJA_URL, fixturePage('prakerja-course-digital-marketing.html'));
  await harness.serve(UDEMY_URL, fixturePage('udemy-course-digital-marketing.html'));
  const tab = await harness.context.newPage();
  for (const url of [PRAKERJA_URL, UDEMY_URL]) await visit(harness, tab, url);
  await waitFor(
    async () => ((await readStore(harness.worker, 'courses')).length === 2 ? true : undefined),
    'both courses captured',
  );
  await tab.close();
}

const text = (page: Page, selector: string) => page.textContent(selector).then((value) => value ?? '');

describe.runIf(canRunE2E())('dashboard: shortlists, backup and restore, in Chromium', () => {
  let harness: Harness;
  let dashboard: Page;
  beforeAll(async () => {
    harness = await launch();
    await browse(harness);
    dashboard = await harness.openExtensionPage('dashboard.html#shortlists');
  });
  afterAll(async () => harness?.close());

  it('keeps a shortlist against the balance, with notes that survive a reload and an undoable delete', async () => {
    await expect.poll(() => text(dashboard, 'main')).toContain('Belum ada daftar pilihan');
    await dashboard.getByPlaceholder('Nama daftar baru').fill('Pilihan saya');
    await dashboard.keyboard.press('Enter');
    await expect.poll(() => text(dashboard, '#shortlist-name')).toBe('Pilihan saya');

    await dashboard.getByRole('link', { name: 'Perpustakaan' }).click();
    for (const title of [
      'Digital Marketing untuk Pemula',
      'The Complete Digital Marketing Course for Beginners',
    ]) {
      const row = dashboard.getByRole('row', { name: new RegExp(title) });
      await row.getByRole('combobox', { name: 'Tambah ke daftar' }).selectOption({ label: 'Pilihan saya' });
      await expect.poll(() => text(dashboard, '.toast-region')).toContain('Ditambahkan ke “Pilihan saya”');
    }

    await dashboard.getByRole('link', { name: 'Daftar pilihan' }).click();
    const budget = dashboard.getByTestId('budget');
    await expect.poll(() => budget.textContent()).toContain('Total Rp1.500.000');
    expect(await budget.textContent()).toContain('sisa Rp2.000.000');
    expect(await budget.textContent()).toContain('1 kursus tanpa harga tidak terhitung');

    const note = dashboard.getByRole('textbox', { name: 'Catatan' }).first();
    await note.fill('Cek jadwal webinar');
    await note.blur();
    await waitFor(
      async () =>
        (await readStore<{ note: string }>(harness.worker, 'shortlistItems')).some(
          (i) => i.note === 'Cek jadwal webinar',
        )
          ? true
          : undefined,
      'the note stored',
    );
    await dashboard.getByRole('checkbox').nth(0).check();
    await dashboard.getByRole('checkbox').nth(1).check();
    await expect.poll(() => dashboard.locator('.compare-table').count()).toBe(1);
    await dashboard.screenshot({ path: screenshotPath('dashboard-shortlist') });

    await dashboard.reload();
    await expect
      .poll(() => dashboard.getByRole('textbox', { name: 'Catatan' }).first().inputValue())
      .toBe('Cek jadwal webinar');

    await dashboard.getByRole('button', { name: 'Hapus' }).click();
    await expect.poll(() => text(dashboard, 'main')).toContain('Belum ada daftar pilihan');
    await dashboard.getByRole('button', { name: 'Batalkan' }).click();
    await expect.poll(() => text(dashboard, '#shortlist-name')).toBe('Pilihan saya');
    await expect.poll(async () => (await readStore(harness.worker, 'shortlistItems')).length).toBe(2);
  });

  it('restores a backup into a fresh profile with identical data, and refuses a broken file', async () => {
    await dashboard.getByRole('link', { name: 'Impor & ekspor' }).click();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      dashboard.getByRole('button', { name: 'Unduh cadangan' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^bandingin-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backupPath = await download.path();
    const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
    expect(backup.data.courses).toHaveLength(2);

    const fresh = await launch();
    try {
      const page = await fresh.openExtensionPage('dashboard.html#data');
      await page.getByTestId('restore-file').setInputFiles({
        name: 'broken.json',
        mimeType: 'application/json',
        buffer: Buffer.from(
          '{"format":"bandingin-backup","schemaVersion":2,"exportedAt":"2026-11-28T00:00:00.000Z","data":{"courses":[{"id":1}]}}',
        ),
      });
      await expect.poll(() => text(page, '[role=alert]')).toContain('data.courses.0');
      expect(await readStore(fresh.worker, 'courses')).toHaveLength(0);

      await page.getByTestId('restore-file').setInputFiles(backupPath);
      const [before] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Pulihkan sekarang' }).click(),
      ]);
      expect(before.suggestedFilename()).toMatch(/^bandingin-before-restore-/);
      await expect.poll(() => text(page, '.toast-region')).toContain('Dipulihkan: 2 kursus');
      // libraryVersion (when the library was last written) and matchIndex (how the match index is cut
      // into segments: a restore builds it anew) are derived stamps rather than data
      const derived = new Set(['libraryVersion', 'matchIndex']);
      const data = async (worker: typeof fresh.worker, store: string) =>
        (await readStore<{ key?: string }>(worker, store)).filter((row) => !derived.has(row.key ?? ''));
      for (const store of ['courses', 'snapshots', 'shortlists', 'shortlistItems', 'verdicts', 'settings']) {
        expect(await data(fresh.worker, store), store).toEqual(await data(harness.worker, store));
      }
    } finally {
      await fresh.close();
    }
  });
});
