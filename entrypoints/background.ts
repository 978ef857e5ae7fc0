// First: zod must be told before any schema exists (utils/zod-jitless.ts).
import '@/utils/zod-jitless';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { compareCourse, otherSideSource } from '@/utils/compare/library-compare';
import { showComparison } from '@/utils/compare/shown-comparison';
import { summariseMatches } from '@/utils/compare/summarise-matches';
import { DEFAULT_LANGUAGE } from '@/utils/i18n';
import { getDb, readSettings } from '@/utils/library/db';
import { reindexIfStale } from '@/utils/library/reindex';
import type { Course } from '@/utils/model';
import { handleCapture, TabIdSchema } from '@/utils/runtime/capture-handler';
import { comparisonPrefetch } from '@/utils/runtime/comparison-prefetch';
import { COMPARISON_LIMIT } from '@/utils/runtime/comparison-relay';
import { CourseIdSchema, parseCourseIds } from '@/utils/runtime/course-ids';
import { relayLibraryChanges } from '@/utils/runtime/library-relay';
import { onMessage } from '@/utils/runtime/messaging';
import { captureAllowed } from '@/utils/runtime/site-switch';
import { forgetTabCapture, recallTabCapture } from '@/utils/runtime/tab-captures';

export default defineBackground(() => {
  const db = getDb();
  relayLibraryChanges(db.name);
  const compare = async (course: Course) => {
    const started = performance.now();
    const comparison = await compareCourse(db, course, otherSideSource(db, course.side), {
      limit: COMPARISON_LIMIT,
    });
    // a User Timing entry, so a benchmark can read the background's matching (never read by the app)
    performance.measure('bandingin:compare', { start: started });
    return showComparison(comparison);
  };
  const comparisons = comparisonPrefetch(db, compare);
  // Tokens from an older matcher (or a library without its match index) would hide courses from
  // retrieval: index them once.
  void reindexIfStale(db).catch((error) => console.warn('Bandingin: re-indexing failed', error));
  // the sender's site is what the browser says, never what the message claims
  onMessage('capture', async ({ data, sender }) => {
    const tabId = sender.tab?.id;
    const reply = await handleCapture(db, data, { tabId, url: sender.url ?? sender.tab?.url });
    // a page of one course: the user may open the popup on it, so its comparison starts now
    if (tabId !== undefined && reply.ok && reply.ids.length === 1) {
      const course = await db.courses.get(reply.ids[0]!);
      if (course) void comparisons.current(course).catch(() => {});
    }
    return reply;
  });
  onMessage('tabCapture', ({ data }) => {
    const tabId = TabIdSchema.safeParse(data);
    return tabId.success ? recallTabCapture(tabId.data) : null;
  });
  onMessage('popupSnapshot', async ({ data }) => {
    const tabId = TabIdSchema.safeParse(data);
    const capture = tabId.success ? await recallTabCapture(tabId.data) : null;
    const courses = capture
      ? (await db.courses.bulkGet(capture.ids.slice(0, 50))).filter((c) => c !== undefined)
      : [];
    // one course: the popup will compare it at once; a comparison already made comes along
    const [comparison, settings] = await Promise.all([
      courses.length === 1 ? comparisons.ready(courses[0]!.id) : undefined,
      readSettings(db),
    ]);
    if (courses.length === 1 && !comparison) void comparisons.current(courses[0]!).catch(() => {});
    return { capture, courses, settings, comparison };
  });
  onMessage('siteEnabled', ({ sender }) => captureAllowed(db, sender.url ?? sender.tab?.url));
  onMessage('matchSummaries', async ({ data, sender }) => {
    const ids = parseCourseIds(data);
    const language = (await readSettings(db)).language ?? DEFAULT_LANGUAGE;
    // a site switched off gets no badges
    const shown = ids.length > 0 && (await captureAllowed(db, sender.url ?? sender.tab?.url));
    return { language, summaries: shown ? await summariseMatches(db, ids) : [] };
  });
  onMessage('compareCourse', async ({ data }) => {
    const id = CourseIdSchema.safeParse(data);
    const course = id.success ? await db.courses.get(id.data) : undefined;
    if (!course) return null;
    return comparisons.current(course);
  });
  onMessage('openComparison', async ({ data }) => {
    const id = CourseIdSchema.safeParse(data);
    if (!id.success) return;
    await browser.tabs.create({
      url: browser.runtime.getURL(`/dashboard.html#course/${encodeURIComponent(id.data)}`),
    });
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabCapture(tabId));
});
