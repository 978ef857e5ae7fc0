import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BandinginDb } from '@/utils/library/db';
import { LIMITS } from '@/utils/limits';
import type { CaptureMessageInput } from '@/utils/model';
import { captureChunks, MAX_CHUNKS, sendCaptureInChunks } from '@/utils/runtime/capture-chunks';
import { handleCapture } from '@/utils/runtime/capture-handler';
import { BIG_PAGE_COURSES, BIG_PAGE_URL, bigPage } from '../../big-page';
import { captureHtml } from '../../capture-helpers';

const PAGE = BIG_PAGE_URL;

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`chunks-${Math.random()}`);
});
afterEach(() => db.delete());

describe('a capture above the per-message cap', () => {
  it('is stored whole, in chunks the background accepts one by one', async () => {
    const result = captureHtml(bigPage(), PAGE);
    expect(result.courses.length).toBe(BIG_PAGE_COURSES);
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
