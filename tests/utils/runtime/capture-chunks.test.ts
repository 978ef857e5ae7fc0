import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { LIMITS } from '@/utils/limits';
import type { CaptureMessageInput } from '@/utils/model';
import { captureChunks, MAX_CHUNKS, sendCaptureInChunks } from '@/utils/runtime/capture-chunks';
import { handleCapture } from '@/utils/runtime/capture-handler';
import { captureHtml } from '../../capture-helpers';

const PAGE = 'https://www.udemy.com/courses/search/?q=data';

/** A search page with 600 cards and a JSON-LD list of 900 other courses: 1,500 in all. */
function bigPage(): string {
  const items = Array.from({ length: 900 }, (_, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    item: { '@type': 'Course', name: `Data Course ${i}`, url: `https://www.udemy.com/course/ld-${i}/` },
  }));
  const cards = Array.from(
    { length: 600 },
    (_, i) =>
      `<li><div class="tile"><a class="tile-link" href="/course/card-${i}/"><h2>Card Course ${i}</h2></a><p class="cost"><span>$${10 + (i % 50)}.99</span></p></div></li>`,
  ).join('');
  return `<!doctype html><html lang="en"><head><title>Search</title><script type="application/ld+json">${JSON.stringify(
    { '@context': 'https://schema.org', '@type': 'ItemList', itemListElement: items },
  )}</script></head><body><main><h1>Results</h1><ul class="results">${cards}</ul></main></body></html>`;
}

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`chunks-${Math.random()}`);
});
afterEach(() => db.delete());

describe('a capture above the per-message cap', () => {
  it('is stored whole, in chunks the background accepts one by one', async () => {
    const result = captureHtml(bigPage(), PAGE);
    expect(result.courses.length).toBe(1500);
    const message: CaptureMessageInput = { pageUrl: PAGE, courses: result.courses, report: result.report };
    // sent as one message, the background refuses it all
    expect(await handleCapture(db, message, { url: PAGE })).toMatchObject({ ok: false });
    const sent: number[] = [];
    const reply = await sendCaptureInChunks(message, (chunk) => {
      sent.push(chunk.courses.length);
      return handleCapture(db, chunk, { tabId: 1, url: PAGE });
    });
    expect(sent).toEqual([500, 500, 500]);
    expect(reply).toMatchObject({ stored: 1500, refused: [] });
    expect(new Set(reply.ids).size).toBe(1500);
    expect(await db.courses.count()).toBe(1500);
  });

  it('splits at the cap, keeps the page and report on each chunk, and stops at MAX_CHUNKS', () => {
    const course = { site: 'udemy', side: 'alternative' as const, url: PAGE, title: 'x', extractor: 't' };
    const report = { methods: [], fields: [], courseCount: 1 };
    const message = { pageUrl: PAGE, courses: Array.from({ length: 1001 }, () => course), report };
    expect(
      captureChunks(message).map((chunk) => [chunk.pageUrl, chunk.report, chunk.courses.length]),
    ).toEqual([
      [PAGE, report, LIMITS.coursesPerCapture],
      [PAGE, report, LIMITS.coursesPerCapture],
      [PAGE, report, 1],
    ]);
    expect(captureChunks(message, 1)).toHaveLength(MAX_CHUNKS);
    expect(captureChunks({ ...message, courses: [] })).toEqual([]);
  });

  it('reports a refused chunk and still sends the others', async () => {
    const course = { site: 'udemy', side: 'alternative' as const, url: PAGE, title: 'x', extractor: 't' };
    const message = {
      pageUrl: PAGE,
      courses: [course, course, course],
      report: { methods: [], fields: [], courseCount: 3 },
    };
    let call = 0;
    const reply = await sendCaptureInChunks(
      message,
      async () =>
        call++ === 0
          ? { ok: false, error: 'busy' }
          : { ok: true, stored: 1, ids: [`id${call}`], refused: [] },
      1,
    );
    expect(reply).toEqual({ ids: ['id2', 'id3'], stored: 2, refused: ['busy'] });
  });
});
