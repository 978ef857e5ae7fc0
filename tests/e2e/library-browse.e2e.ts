import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sortKeys } from '@/utils/course-keys';
import { courseTokens } from '@/utils/match/tokens';
import { DEFAULT_RATES } from '@/utils/model';
import { canRunE2E, type Harness, launch, readStore, seedLibrary, WAIT_MS, waitFor } from './harness';

/** Three real-looking courses next to the 100k synthetic ones, with tokens as ingest computes them. */
const REAL = [
  {
    id: 'prakerja:canva-pemula',
    site: 'prakerja',
    side: 'prakerja',
    title: 'Desain Grafis dengan Canva untuk Pemula',
    price: { amount: 750_000, currency: 'IDR' },
    hours: 12,
  },
  {
    id: 'udemy:canva-masterclass',
    site: 'udemy',
    side: 'alternative',
    url: 'https://www.udemy.com/course/canva-masterclass/',
    title: 'Graphic Design Masterclass with Canva',
    price: { amount: 12.99, currency: 'USD' },
    hours: 10,
  },
  {
    id: 'coursera:design-basics',
    site: 'coursera',
    side: 'alternative',
    title: 'Graphic Design Basics',
    price: { amount: 49, currency: 'USD' },
    hours: 20,
  },
].map((course) => ({
  ...course,
  firstSeen: 1,
  lastSeen: 1,
  source: 'import',
  extractor: 'e2e@1',
  tokens: courseTokens(course),
  ...sortKeys(course, DEFAULT_RATES),
}));

describe.runIf(canRunE2E())('browsing a library of 100k courses', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await launch();
    const page = await harness.openExtensionPage('dashboard.html');
    await waitFor(
      async () => ((await page.textContent('main'))?.includes('masih kosong') ? true : undefined),
      'the empty library',
    );
    await page.close();
    await seedLibrary(harness.worker, 100_000);
    await harness.worker.evaluate(async (courses) => {
      const db = await new Promise<IDBDatabase>((done) => {
        const open = indexedDB.open('bandingin');
        open.onsuccess = () => done(open.result);
      });
      await new Promise<void>((done, fail) => {
        const tx = db.transaction(['courses', 'snapshots', 'settings'], 'readwrite');
        // ordinals after the seeded ones; the match index is rebuilt by its first reader
        for (const [i, course] of courses.entries())
          tx.objectStore('courses').put({ ...course, ord: 200_000 + i });
        tx.objectStore('settings').delete('matchIndex');
        // Two price points for the Prakerja course's history.
        tx.objectStore('snapshots').add({
          courseId: courses[0]!.id,
          at: 1,
          amount: 900_000,
          currency: 'IDR',
        });
        tx.objectStore('snapshots').add({
          courseId: courses[0]!.id,
          at: 2,
          amount: 750_000,
          currency: 'IDR',
        });
        tx.oncomplete = () => done();
        tx.onerror = () => fail(tx.error);
      });
      db.close();
    }, REAL);
  }, 240_000);
  afterAll(async () => harness?.close());

  it('searches by a word and shows ranked results with the reasons', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.textContent('h1')).toContain('100.003 kursus');
    await dashboard.getByLabel('Cari kursus').fill('desain grafis');
    await expect.poll(() => dashboard.url()).toContain('q=desain+grafis');
    const rows = () => dashboard.locator('.search-results tbody tr').allTextContents();
    await expect
      .poll(async () => (await rows()).slice(0, 3).join('\n'))
      .toMatch(/Graphic Design Masterclass with Canva/);
    expect((await rows())[0]).toMatch(/graphic design/); // why: the shared concept

    // An empty query goes back to the paged list.
    await dashboard.getByLabel('Cari kursus').fill('');
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 1 dari');
    await dashboard.close();
  });

  it('filters by side and price, sorts by price, and keeps them over a reload', async () => {
    const dashboard = await harness.openExtensionPage('dashboard.html');
    await expect.poll(() => dashboard.locator('tbody tr').count()).toBe(50);
    // each control's state is in the address before the next one is used: a render landing between
    // typing and Enter would reset the controlled input, and the Enter would set nothing
    await dashboard.getByLabel('Jenis').selectOption('prakerja');
    await expect.poll(() => dashboard.url()).toContain('side=prakerja');
    const priceMax = dashboard.getByLabel('Harga maks (Rp)');
    await priceMax.fill('150000');
    await expect.poll(() => priceMax.inputValue()).toBe('150000');
    await priceMax.press('Enter');
    await expect.poll(() => dashboard.url()).toContain('pmax=150000');
    await dashboard.getByLabel('Urutkan').selectOption('price');
    await expect.poll(() => dashboard.url()).toContain('sort=price');
    // Seed prices run 100.000 to 590.000 in steps of 10.000; Prakerja is every third course.
    // ≤ 150.000: 6 price steps × 2.000 courses, a third of them Prakerja.
    await expect.poll(() => dashboard.textContent('.pager')).toContain('dari 80');
    const prices = async () =>
      (await dashboard.locator('tbody tr td:nth-child(5)').allTextContents()).map((text) =>
        Number(text.replace(/\D/g, '')),
      );
    const sortedPage = async () => {
      const shown = await prices();
      const sorted = shown.length === 50 && shown.every((price, i) => i === 0 || shown[i - 1]! <= price);
      return sorted && Math.max(...shown) <= 150_000 ? shown : undefined;
    };
    // the rows follow the pager: wait for the sorted, filtered page itself
    const shown = await waitFor(sortedPage, 'the first page sorted by price');
    await expect.poll(() => dashboard.locator('tbody td.side-alternative').count()).toBe(0);

    await dashboard.getByRole('button', { name: /Berikutnya/ }).click();
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 2 dari 80');
    await expect.poll(async () => Math.min(...(await prices()))).toBeGreaterThanOrEqual(Math.max(...shown));

    await dashboard.reload();
    await expect.poll(() => dashboard.textContent('.pager')).toContain('Halaman 1 dari 80');
    expect(await dashboard.getByLabel('Urutkan').inputValue()).toBe('price');
    await dashboard.close();
  });

  it('opens a course view and keeps a "sama" mark over a reload', async () => {
    const dashboard = await harness.openExtensionPage(
      `dashboard.html#course/${encodeURIComponent('prakerja:canva-pemula')}`,
    );
    await expect.poll(() => dashboard.textContent('h1')).toContain('Desain Grafis dengan Canva untuk Pemula');
    // Price history: two points, lowest 750.000, highest 900.000.
    await expect.poll(() => dashboard.textContent('.price-history')).toContain('Rp750.000');
    await expect.poll(() => dashboard.textContent('.price-history')).toContain('Rp900.000');

    const masterclass = dashboard
      .getByTestId('alternative')
      .filter({ hasText: 'Graphic Design Masterclass' });
    await masterclass.waitFor({ timeout: WAIT_MS });
    await masterclass.getByRole('button', { name: 'Sama', exact: true }).click();
    await expect.poll(() => masterclass.textContent()).toContain('Ditandai sama');

    await dashboard.reload();
    await expect
      .poll(() => dashboard.getByTestId('alternative').first().textContent())
      .toContain('Ditandai sama');
    const verdicts = await readStore<{ a: string; b: string; same: boolean }>(harness.worker, 'verdicts');
    expect(verdicts).toEqual([
      expect.objectContaining({ a: 'prakerja:canva-pemula', b: 'udemy:canva-masterclass', same: true }),
    ]);
    await dashboard.close();
  });
});
