import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { getDb, readSettings, writeSettings } from '@/utils/library/db';
import { handleCapture } from '@/utils/runtime/capture-handler';
import { removeAllListeners, sendMessage } from '@/utils/runtime/messaging';

const course = {
  site: 'prakerja',
  side: 'prakerja',
  url: 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula',
  title: 'Digital Marketing untuk Pemula',
  provider: 'Lembaga Contoh',
  price: { amount: 1_500_000, currency: 'IDR' },
  hours: 16,
  extractor: 'jsonld@1',
};
const capture = (courses: unknown[]) => ({
  pageUrl: 'https://www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula',
  courses,
  report: { methods: ['jsonld'], fields: ['title', 'price'], courseCount: courses.length },
});

beforeEach(() => {
  background.main();
});
afterEach(async () => {
  removeAllListeners();
  await getDb().delete();
  await getDb().open();
});

describe('background capture protocol', () => {
  it("keys a foreign price in rupiah with the user's rate", async () => {
    const settings = await readSettings(getDb());
    await writeSettings(getDb(), {
      ...settings,
      rates: { ...settings.rates, USD: { idr: 20_000, date: '2026-11-01' } },
    });
    const udemy = { ...course, site: 'udemy', side: 'alternative', url: 'https://www.udemy.com/course/x/' };
    await sendMessage('capture', capture([{ ...udemy, price: { amount: 10, currency: 'USD' } }]) as never);
    expect(await getDb().courses.get('udemy:/course/x')).toMatchObject({ sortPrice: 200_000 });
  });

  it('stores a valid capture sent through the messaging round trip', async () => {
    const reply = await sendMessage('capture', capture([course]) as never);
    expect(reply).toEqual({
      ok: true,
      stored: 1,
      ids: ['prakerja:/pelatihan/digital-marketing-untuk-pemula'],
    });
    const stored = await getDb().courses.get('prakerja:/pelatihan/digital-marketing-untuk-pemula');
    expect(stored).toMatchObject({
      title: course.title,
      price: course.price,
      hours: 16,
      provider: 'Lembaga Contoh',
    });
    expect(stored?.priceSince).toBeTypeOf('number');
  });

  it.each([
    ['wrong types', { ...course, price: '1.500.000' }, 'courses.1.price'],
    ['a 1 MB title', { ...course, title: 'A'.repeat(1 << 20) }, 'courses.1.title'],
    ['a javascript: URL', { ...course, url: 'javascript:alert(document.cookie)' }, 'courses.1.url'],
  ])('refuses %s with a clear error and stores nothing', async (_label, bad, path) => {
    const reply = await sendMessage('capture', capture([course, bad]) as never);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toContain(path);
    expect(await getDb().courses.count()).toBe(0);
    expect(await getDb().snapshots.count()).toBe(0);
  });

  it('refuses a payload that is not a capture at all', async () => {
    const reply = await sendMessage('capture', 'hello' as never);
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Refused capture') });
  });

  it('remembers what a tab showed, and forgets it when the tab closes', async () => {
    await handleCapture(getDb(), capture([course]), 7);
    expect(await sendMessage('tabCapture', 7)).toMatchObject({
      url: course.url,
      ids: ['prakerja:/pelatihan/digital-marketing-untuk-pemula'],
    });
    expect(await sendMessage('tabCapture', 8)).toBeNull();
    const snapshot = await sendMessage('popupSnapshot', 7);
    expect(snapshot.courses.map((stored) => stored.title)).toEqual([course.title]);
    expect(snapshot.settings.balance).toBe(3_500_000);
    expect((await sendMessage('popupSnapshot', 8)).courses).toEqual([]);
    await fakeBrowser.tabs.onRemoved.trigger(7, { windowId: 1, isWindowClosing: false });
    expect(await sendMessage('tabCapture', 7)).toBeNull();
  });

  it('answers a comparison of a stored course from its own warm index, and null for an unknown one', async () => {
    await sendMessage('capture', capture([course]) as never);
    const udemy = { ...course, site: 'udemy', side: 'alternative', url: 'https://www.udemy.com/course/dm/' };
    await sendMessage('capture', capture([{ ...udemy, title: 'Digital Marketing for Beginners' }]) as never);
    const comparison = await sendMessage(
      'compareCourse',
      'prakerja:/pelatihan/digital-marketing-untuk-pemula',
    );
    expect(comparison?.matches.map((match) => match.record.id)).toEqual(['udemy:/course/dm']);
    expect(await sendMessage('compareCourse', 'udemy:/course/none')).toBeNull();
  });
});
