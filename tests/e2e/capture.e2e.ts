/**
 * Capture in real Chromium: a Prakerja listing, then a course page, then a Udemy page, all served at
 * their real URLs; infinite scroll and SPA navigation on the listing; a re-visit moves lastSeen and
 * adds no price snapshot while the price stays the same; a page bigger than one capture message.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIG_PAGE_COURSES, BIG_PAGE_URL, bigPage } from '../big-page';
import { canRunE2E, type Harness, launch, readStore, waitFor } from './harness';

const fixture = (file: string) => readFileSync(resolve('tests/fixtures', file), 'utf8');

const LISTING = 'https://www.prakerja.go.id/katalog-pelatihan';
const COURSE = 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-umkm';
const UDEMY = 'https://www.udemy.com/course/the-complete-excel-course/';

interface Stored {
  id: string;
  title: string;
  lastSeen: number;
  [field: string]: unknown;
}

describe.runIf(canRunE2E())('capture across sites, in Chromium', () => {
  let harness: Harness;
  const courses = () => readStore<Stored>(harness.worker, 'courses');
  const course = (id: string) =>
    waitFor(async () => (await courses()).find((item) => item.id === id), `${id} in IndexedDB`);

  beforeAll(async () => {
    harness = await launch();
    await harness.serve(LISTING, fixture('prakerja/listing-cards.html'));
    await harness.serve(COURSE, fixture('prakerja/detail-labels.html'));
    await harness.serve(UDEMY, fixture('udemy/detail.html'));
    await harness.serve(BIG_PAGE_URL, bigPage());
  });
  afterAll(async () => harness?.close());

  it('a Prakerja listing: every card once, the balance banner never', async () => {
    const page = await harness.context.newPage();
    await page.goto(LISTING);
    const barista = await course('prakerja:/pelatihan/barista-profesional');
    expect(barista).toMatchObject({
      title: 'Menjadi Barista Profesional',
      side: 'prakerja',
      mode: 'offline',
      hours: 20,
    });
    const all = await courses();
    expect(all.filter((item) => item.id.startsWith('prakerja:'))).toHaveLength(3);
    expect(all.some((item) => /saldo/i.test(item.title))).toBe(false);

    // Infinite scroll: more cards arrive; the debounced re-capture stores them.
    await page.evaluate(() => {
      const grid = document.querySelector('section.grid')!;
      for (let i = 0; i < 3; i++) {
        const card = document.createElement('div');
        card.innerHTML = `<a href="/pelatihan/tambahan-${i}"><h3>Pelatihan Tambahan Nomor ${i}</h3></a><div><span>Rp ${i + 1}00.000</span></div><span>15 JP</span>`;
        grid.appendChild(card);
      }
    });
    const added = await course('prakerja:/pelatihan/tambahan-2');
    expect(added).toMatchObject({
      title: 'Pelatihan Tambahan Nomor 2',
      price: { amount: 300_000, currency: 'IDR' },
      hours: 15,
    });

    // SPA navigation: the app swaps the page content and pushes a new URL.
    await page.evaluate(() => {
      history.pushState({}, '', '/katalog-pelatihan?halaman=2');
      document.querySelector('main')!.innerHTML = `<h1>Katalog Pelatihan</h1><section>
        <div><a href="/pelatihan/spa-satu"><h3>Pelatihan Halaman Dua Satu</h3></a><div><span>Rp 450.000</span></div></div>
        <div><a href="/pelatihan/spa-dua"><h3>Pelatihan Halaman Dua Dua</h3></a><div><span>Rp 550.000</span></div></div></section>`;
    });
    expect(await course('prakerja:/pelatihan/spa-dua')).toMatchObject({ price: { amount: 550_000 } });
    await page.close();
  });

  it('a Prakerja course page: the full record with syllabus, merged into the card seen before', async () => {
    const before = await course('prakerja:/pelatihan/digital-marketing-untuk-umkm');
    const page = await harness.context.newPage();
    await page.goto(COURSE);
    const full = await waitFor(async () => {
      const found = (await courses()).find(
        (item) => item.id === 'prakerja:/pelatihan/digital-marketing-untuk-umkm',
      );
      return found?.topics ? found : undefined;
    }, 'the course page record');
    expect(full).toMatchObject({
      title: 'Digital Marketing untuk UMKM',
      provider: 'Lembaga Pelatihan Maju Jaya',
      platform: 'Tokopedia',
      price: { amount: 750_000, currency: 'IDR' },
      listPrice: { amount: 1_500_000, currency: 'IDR' },
      hours: 15,
      mode: 'webinar',
      rating: 4.8,
      ratingCount: 1234,
    });
    expect(full.topics).toContain('Sesi 4: Iklan berbayar');
    expect(full.lastSeen).toBeGreaterThan(before.lastSeen);
    // Same price on the listing and the course page: it has not changed since the listing.
    expect(full.priceSince).toBe(before.priceSince);
    const snapshots = await readStore<{ courseId: string }>(harness.worker, 'snapshots');
    expect(snapshots.filter((item) => item.courseId === full.id)).toHaveLength(0);
    await page.close();
  });

  it('a Udemy page lands on the alternative side', async () => {
    const page = await harness.context.newPage();
    await page.goto(UDEMY);
    const udemy = await course('udemy:/course/the-complete-excel-course');
    expect(udemy).toMatchObject({
      site: 'udemy',
      side: 'alternative',
      title: 'The Complete Excel Course',
      provider: 'Example University',
      price: { amount: 49, currency: 'USD' },
      hours: 20,
      rating: 4.7,
      ratingCount: 5321,
    });
    await page.close();
  });

  it('a page of 1,500 courses is stored whole, in chunks', async () => {
    const page = await harness.context.newPage();
    await page.goto(BIG_PAGE_URL);
    const ids = (await courses()).map((item) => item.id);
    const stored = await waitFor(async () => {
      const found = (await courses()).filter((item) => !ids.includes(item.id));
      return found.length === BIG_PAGE_COURSES ? found : undefined;
    }, 'the 1,500 courses of the big page');
    expect(stored.every((item) => item.id.startsWith('udemy:/course/'))).toBe(true);
    await page.close();
  });
});
