import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Popup, type PopupProps } from '@/components/popup/Popup';
import { AppShell } from '@/components/shell/AppShell';
import { BandinginDb, writeSettings } from '@/utils/library/db';
import { storeCaptured } from '@/utils/library/store';
import { Settings } from '@/utils/model';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`popup-${Math.random()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const noTab = async () => null;
const renderPopup = (loadTabCapture: PopupProps['loadTabCapture'] = noTab) =>
  render(
    <AppShell db={db}>
      {({ settings }) => (
        <Popup db={db} settings={settings} loadTabCapture={loadTabCapture} openDashboard={() => {}} />
      )}
    </AppShell>,
  );

const course = {
  site: 'prakerja',
  side: 'prakerja' as const,
  url: 'https://www.prakerja.go.id/pelatihan/excel',
  title: 'Excel untuk Admin',
  provider: 'LPK Contoh',
  price: { amount: 1_250_000, currency: 'IDR' },
  hours: 15,
  source: 'page' as const,
  extractor: 'jsonld@1',
};

describe('Popup', () => {
  it('tells a newcomer how to fill the empty library', async () => {
    renderPopup();
    expect(await screen.findByText('Perpustakaan masih kosong')).toBeTruthy();
    expect(screen.getByText(/Buka katalog Prakerja/)).toBeTruthy();
  });

  it('says when the tab showed nothing, and still counts the library', async () => {
    await storeCaptured(db, [course]);
    renderPopup();
    expect(await screen.findByText('Belum ada kursus yang tertangkap di tab ini.')).toBeTruthy();
    expect(screen.getByTestId('library-count').textContent).toBe('1 kursus di perpustakaan');
  });

  it("shows the tab's course with price, provider and hours", async () => {
    const [stored] = await storeCaptured(db, [course]);
    renderPopup(async () => ({
      url: course.url,
      ids: [stored!.id],
      report: { methods: ['jsonld'], fields: ['price', 'title'], courseCount: 1 },
      at: 1,
    }));
    const card = await screen.findByRole('article', { name: 'Excel untuk Admin' });
    expect(card.textContent).toContain('Rp1.250.000');
    expect(card.textContent).toContain('LPK Contoh');
    expect(card.textContent).toContain('15 jam');
    expect(screen.getByText(/Dibaca dari: jsonld/).textContent).toContain('harga, judul');
  });

  it('speaks English when the user chose it', async () => {
    await writeSettings(db, Settings.parse({ language: 'en' }));
    renderPopup();
    expect(await screen.findByText('Your library is empty')).toBeTruthy();
  });

  it('survives a background that does not answer', async () => {
    renderPopup(() => Promise.reject(new Error('no receiver')));
    expect(await screen.findByText('Perpustakaan masih kosong')).toBeTruthy();
  });
});
