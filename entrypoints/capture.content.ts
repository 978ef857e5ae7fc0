import { defineContentScript } from 'wxt/utils/define-content-script';
import { createBadgeBatches } from '@/utils/badge/batches';
import { BADGE_TAG, createBadgeBoard } from '@/utils/badge/mount';
import { createBadgeRefresher } from '@/utils/badge/refresher';
import { type LiveCapture, startLiveCapture } from '@/utils/capture/live';
import { sendCaptureInChunks } from '@/utils/runtime/capture-chunks';
import { onLibraryChanged } from '@/utils/runtime/library-signal';
import { sendMessage } from '@/utils/runtime/messaging';
import { createSiteGate } from '@/utils/runtime/site-gate';
import { extractorsFor } from '@/utils/sites/adapters';
import { ALL_HOST_PATTERNS } from '@/utils/sites/lookup';

export default defineContentScript({
  matches: ALL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const board = createBadgeBoard(
      ctx,
      (id) => void sendMessage('openComparison', id),
      () => location.href,
    );
    const badges = createBadgeBatches({
      ask: (ids) => sendMessage('matchSummaries', ids),
      show: (summaries, language) => board.show(summaries, language),
    });
    const capture = () =>
      startLiveCapture({
        doc: document,
        currentUrl: () => location.href,
        extractorsFor,
        ignore: (node) => node.nodeName.toLowerCase() === BADGE_TAG,
        send: async (message) => {
          // a big page goes in chunks the background accepts one by one
          const reply = await sendCaptureInChunks(message, (chunk) => sendMessage('capture', chunk));
          if (reply.ids.length > 0) await badges.captured(reply.ids);
        },
      });
    // Settings' "sites on or off": capture (and so badges) only while the background says the site is on
    let live: LiveCapture | undefined;
    const gate = createSiteGate({
      ask: () => sendMessage('siteEnabled', undefined),
      start: () => {
        live = capture();
      },
      stop: () => {
        live?.stop();
        live = undefined;
        board.clear();
      },
    });
    void gate.check();
    // Alternatives captured in another tab, an import or a verdict: the badges catch up.
    const refresher = createBadgeRefresher({
      refresh: () => badges.refresh(),
      hidden: () => document.hidden,
    });
    const stopWatching = onLibraryChanged(() => {
      void gate.check();
      refresher.changed();
    });
    ctx.addEventListener(document, 'visibilitychange', () => refresher.shown());
    ctx.addEventListener(window, 'wxt:locationchange', () => live?.run());
    ctx.onInvalidated(() => {
      live?.stop();
      refresher.stop();
      stopWatching();
    });
  },
});
