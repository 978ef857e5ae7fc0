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

/**
 * A message as the browser delivers it from a content script: `sender` says which page sent it
 * (fakeBrowser's own sendMessage sends from nowhere).
 */
function sendFrom<T>(
  sender: { url?: string; tab?: { id: number; url?: string } },
  type: string,
  data: unknown,
) {
  return new Promise<T>((resolve, reject) => {
    void fakeBrowser.runtime.onMessage.trigger(
      { id: 1, type, data, timestamp: Date.now() },
      sender as never,
      ((response: { res?: T; err?: unknown }) =>
        response.err ? reject(response.err) : resolve(response.res as T)) as never,
    );
  });
}
const PRAKERJA_TAB = { url: course.url, tab: { id: 3, url: course.url } };
const UDEMY_URL = 'https://www.udemy.com/course/digital-marketing-masterclass/';
const UDEMY_TAB = { url: UDEMY_URL, tab: { id: 4, url: UDEMY_URL } };
type Reply = Awaited<ReturnType<typeof handleCapture>>;

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
    const message = {
      ...capture([{ ...udemy, price: { amount: 10, currency: 'USD' } }]),
      pageUrl: UDEMY_URL,
    };
    await sendFrom(UDEMY_TAB, 'capture', message);
    expect(await getDb().courses.get('udemy:/course/x')).toMatchObject({ sortPrice: 200_000 });
  });

  it('stores a valid capture sent through the messaging round trip', async () => {
    const reply = await sendFrom(PRAKERJA_TAB, 'capture', capture([course]));
    expect(reply).toEqual({
      ok: true,
      stored: 1,
      ids: ['prakerja:/pelatihan/digital-marketing-untuk-pemula'],
      refused: [],
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
  ])('refuses %s with a clear error, and only that course', async (_label, bad, path) => {
    const reply = await sendFrom<Reply>(PRAKERJA_TAB, 'capture', capture([course, bad]));
    expect(reply).toMatchObject({ ok: true, stored: 1, refused: [expect.stringContaining(path)] });
    expect(await getDb().courses.count()).toBe(1);
    expect(await getDb().snapshots.count()).toBe(0);
  });

  it("never lets a page overwrite another site's course", async () => {
    await sendFrom(PRAKERJA_TAB, 'capture', capture([course]));
    // a udemy.com page whose data names the Prakerja course's URL, with another title and price
    const forged = { ...course, title: 'Judul palsu', price: { amount: 1, currency: 'IDR' } };
    const reply = await sendFrom<Reply>(UDEMY_TAB, 'capture', { ...capture([forged]), pageUrl: UDEMY_URL });
    expect(reply).toMatchObject({ ok: true, stored: 0, refused: [expect.stringContaining('not of udemy')] });
    // a course claiming the udemy site while its URL is another host's
    const elsewhere = { ...course, site: 'udemy', url: 'https://evil.example/course/x' };
    const other = await sendFrom<Reply>(UDEMY_TAB, 'capture', {
      ...capture([elsewhere]),
      pageUrl: UDEMY_URL,
    });
    expect(other).toMatchObject({ ok: true, stored: 0 });
    expect(await getDb().courses.toArray()).toEqual([
      expect.objectContaining({ title: course.title, price: course.price }),
    ]);
  });

  it.each([
    [
      'a page of no supported site',
      { url: 'https://evil.example/x', tab: { id: 5, url: 'https://evil.example/x' } },
    ],
    ['no sender page at all', {}],
  ])('stores nothing from %s', async (_label, sender) => {
    const reply = await sendFrom<Reply>(sender, 'capture', capture([course]));
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('not a supported site') });
    expect(await getDb().courses.count()).toBe(0);
  });

  it('keeps no user:pass@ of a captured URL, its image or its page', async () => {
    const secret = 'https://alice:s3cret@www.prakerja.go.id/pelatihan/digital-marketing-untuk-pemula';
    await handleCapture(
      getDb(),
      {
        ...capture([{ ...course, url: secret, imageUrl: 'https://bob:pw@cdn.prakerja.go.id/a.png' }]),
        pageUrl: secret,
      },
      { tabId: 9, url: secret },
    );
    const stored = await getDb().courses.toArray();
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toMatch(/alice|s3cret|bob:pw/);
    expect(stored[0]?.url).toBe(course.url);
    expect(JSON.stringify(await sendMessage('tabCapture', 9))).not.toMatch(/alice|s3cret/);
  });

  it('answers the badges for every good id of a batch, whatever one bad id holds', async () => {
    await sendFrom(PRAKERJA_TAB, 'capture', capture([course]));
    const id = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';
    const answer = await sendFrom<{ summaries: { courseId: string }[] }>(PRAKERJA_TAB, 'matchSummaries', [
      `prakerja:/${'x'.repeat(400)}`,
      id,
      42,
    ]);
    expect(answer.summaries.map((summary) => summary.courseId)).toEqual([id]);
  });

  it('neither captures nor badges a site the user switched off, and does again once it is on', async () => {
    const settings = await readSettings(getDb());
    expect(await sendFrom(PRAKERJA_TAB, 'siteEnabled', undefined)).toBe(true);
    await writeSettings(getDb(), { ...settings, disabledSites: ['prakerja'] });
    expect(await sendFrom(PRAKERJA_TAB, 'siteEnabled', undefined)).toBe(false);
    expect(await sendFrom(UDEMY_TAB, 'siteEnabled', undefined)).toBe(true);
    const refused = await sendFrom<Reply>(PRAKERJA_TAB, 'capture', capture([course]));
    expect(refused).toMatchObject({ ok: false, error: expect.stringContaining('switched off') });
    expect(await getDb().courses.count()).toBe(0);

    await writeSettings(getDb(), { ...settings, disabledSites: [] });
    await sendFrom(PRAKERJA_TAB, 'capture', capture([course]));
    const id = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';
    const ask = () => sendFrom<{ summaries: unknown[] }>(PRAKERJA_TAB, 'matchSummaries', [id]);
    expect((await ask()).summaries).toHaveLength(1);
    await writeSettings(getDb(), { ...settings, disabledSites: ['prakerja'] });
    expect((await ask()).summaries).toEqual([]);
    expect(await sendFrom(PRAKERJA_TAB.tab, 'siteEnabled', undefined)).toBe(false);
    expect(await sendFrom({ url: 'https://evil.example/' }, 'siteEnabled', undefined)).toBe(false);
  });

  it('names a course that, merged with what was stored, would not be a valid record, and writes it not', async () => {
    const id = 'prakerja:/pelatihan/digital-marketing-untuk-pemula';
    // a record an older version stored, with a field beyond today's limit
    await getDb().courses.put({
      ...course,
      side: 'prakerja' as const,
      id,
      level: 'x'.repeat(500),
      firstSeen: 1,
      lastSeen: 1,
      source: 'page',
      tokens: [],
    });
    const reply = await sendFrom<Reply>(PRAKERJA_TAB, 'capture', capture([course]));
    expect(reply).toMatchObject({ ok: true, stored: 0, refused: [expect.stringContaining(`${id}: level`)] });
    expect((await getDb().courses.get(id))?.lastSeen).toBe(1);
  });

  it('refuses a payload that is not a capture at all', async () => {
    const reply = await sendFrom(PRAKERJA_TAB, 'capture', 'hello');
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Refused capture') });
  });

  it('remembers what a tab showed, and forgets it when the tab closes', async () => {
    await handleCapture(getDb(), capture([course]), { tabId: 7, url: course.url });
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
    await sendFrom(PRAKERJA_TAB, 'capture', capture([course]));
    const udemy = { ...course, site: 'udemy', side: 'alternative', url: 'https://www.udemy.com/course/dm/' };
    await sendFrom(UDEMY_TAB, 'capture', {
      ...capture([{ ...udemy, title: 'Digital Marketing for Beginners' }]),
      pageUrl: UDEMY_URL,
    });
    const comparison = await sendMessage(
      'compareCourse',
      'prakerja:/pelatihan/digital-marketing-untuk-pemula',
    );
    expect(comparison?.matches.map((match) => match.record.id)).toEqual(['udemy:/course/dm']);
    expect(await sendMessage('compareCourse', 'udemy:/course/none')).toBeNull();
  });
});
