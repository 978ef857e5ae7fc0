import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunE2E,
  fixturePage,
  type Harness,
  launch,
  readStore,
  screenshotPath,
  tabIdFor,
  waitFor,
} from './harness';

const PRAKERJA_URL = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';

describe.runIf(canRunE2E())('capture → IndexedDB → popup, in Chromium', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    await harness.serve(PRAKERJA_URL, fixturePage('prakerja-course-digital-marketing.html'));
  });
  afterAll(async () => harness?.close());

  it('shows the empty state to a newcomer', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await expect.poll(() => popup.textContent('main')).toContain('Perpustakaan masih kosong');
    await popup.screenshot({ path: screenshotPath('popup-empty') });
    await popup.close();
  });

  it('captures a course page by itself and shows it in the popup', async () => {
    const page = await harness.context.newPage();
    await page.goto(PRAKERJA_URL);

    const course = await waitFor(async () => {
      const courses = await readStore<{ id: string }>(harness.worker, 'courses');
      return courses.find((c) => c.id === 'prakerja:/pelatihan/digital-marketing-untuk-pemula');
    }, 'the course in IndexedDB');
    expect(course).toMatchObject({
      title: 'Digital Marketing untuk Pemula',
      side: 'prakerja',
      provider: 'Lembaga Pelatihan Maju Digital',
      price: { amount: 1_500_000, currency: 'IDR' },
      listPrice: { amount: 1_750_000, currency: 'IDR' },
      hours: 16,
      mode: 'webinar',
      rating: 4.8,
      ratingCount: 1234,
    });
    // a first price is kept on the course; snapshots hold only prices that ended
    expect(await readStore(harness.worker, 'snapshots')).toHaveLength(0);

    const tabId = await tabIdFor(harness.worker, PRAKERJA_URL);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tabId}`);
    const card = popup.getByRole('article', { name: 'Digital Marketing untuk Pemula' });
    await expect.poll(() => card.textContent()).toContain('Rp1.500.000');
    const text = await card.textContent();
    expect(text).toContain('Lembaga Pelatihan Maju Digital');
    expect(text).toContain('16 jam');
    // the card comes from the background's snapshot; the count from the popup's own database read
    await expect
      .poll(() => popup.getByTestId('library-count').textContent())
      .toBe('1 kursus di perpustakaan');
    await popup.screenshot({ path: screenshotPath('popup-course') });
  });

  it('switches the popup to English and keeps the choice', async () => {
    const popup = await harness.openExtensionPage('popup.html');
    await popup.getByRole('combobox').selectOption('en');
    await expect
      .poll(() => popup.getByTestId('library-count').textContent())
      .toBe('1 course in your library');
    await popup.reload();
    await expect
      .poll(() => popup.getByTestId('library-count').textContent())
      .toBe('1 course in your library');
    await popup.getByRole('combobox').selectOption('id');
  });

  it('lists the library on the dashboard', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html');
    const row = dashboard.getByRole('row', { name: /Digital Marketing untuk Pemula/ });
    await expect.poll(() => row.textContent()).toContain('Rp1.500.000');
    await dashboard.screenshot({ path: screenshotPath('dashboard') });
  });
});
