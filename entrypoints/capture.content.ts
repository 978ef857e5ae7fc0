import { defineContentScript } from 'wxt/utils/define-content-script';
import { BADGE_TAG, createBadgeBoard } from '@/utils/badge/mount';
import { createBadgeRefresher } from '@/utils/badge/refresher';
import { startLiveCapture } from '@/utils/capture/live';
import { onLibraryChanged } from '@/utils/library-signal';
import type { MatchSummary } from '@/utils/match-summary';
import { sendMessage } from '@/utils/messaging';
import type { Language } from '@/utils/model';
import { extractorsFor } from '@/utils/sites/adapters';
import { ALL_HOST_PATTERNS } from '@/utils/sites/lookup';

export default defineContentScript({
  matches: ALL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const known = new Map<string, MatchSummary>();
    let language: Language = 'id';
    const badges = createBadgeBoard(
      ctx,
      (id) => void sendMessage('openComparison', id),
      () => location.href,
    );
    // Ask the background what the badges for these courses say now, in small batches.
    const summarise = async (ids: string[]) => {
      for (let start = 0; start < ids.length; start += 20) {
        const answer = await sendMessage('matchSummaries', ids.slice(start, start + 20));
        language = answer.language;
        for (const summary of answer.summaries) known.set(summary.courseId, summary);
        await badges.show(answer.summaries, language);
      }
    };
    const live = startLiveCapture({
      doc: document,
      currentUrl: () => location.href,
      extractorsFor,
      ignore: (node) => node.nodeName.toLowerCase() === BADGE_TAG,
      send: async (message) => {
        const reply = await sendMessage('capture', message);
        if (!reply.ok || reply.ids.length === 0) return;
        // Match only courses not seen on this page yet, in small batches so the first cards get
        // their badges early; re-show the known ones, whose cards a re-render may have replaced.
        const fresh = reply.ids.filter((id) => !known.has(id));
        await badges.show([...known.values()], language);
        await summarise(fresh);
      },
    });
    // Alternatives captured in another tab, an import or a verdict: the badges catch up.
    const refresher = createBadgeRefresher({
      refresh: () => summarise([...known.keys()]),
      hidden: () => document.hidden,
    });
    const stopWatching = onLibraryChanged(() => refresher.changed());
    ctx.addEventListener(document, 'visibilitychange', () => refresher.shown());
    ctx.addEventListener(window, 'wxt:locationchange', () => live.run());
    ctx.onInvalidated(() => {
      live.stop();
      refresher.stop();
      stopWatching();
    });
  },
});
