import { defineContentScript } from 'wxt/utils/define-content-script';
import { BADGE_TAG, createBadgeBoard } from '@/utils/badge/mount';
import { startLiveCapture } from '@/utils/capture/live';
import { sendMessage } from '@/utils/messaging';
import { extractorsFor } from '@/utils/sites/extractors';
import { ALL_HOST_PATTERNS } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: ALL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const badges = createBadgeBoard(
      ctx,
      (id) => void sendMessage('openComparison', id),
      () => location.href,
    );
    const live = startLiveCapture({
      doc: document,
      currentUrl: () => location.href,
      extractorsFor,
      ignore: (node) => node.nodeName.toLowerCase() === BADGE_TAG,
      send: async (message) => {
        const reply = await sendMessage('capture', message);
        if (!reply.ok || reply.ids.length === 0) return;
        // In small batches, so the first cards get their badges while the rest are matched.
        for (let start = 0; start < reply.ids.length; start += 20) {
          const { language, summaries } = await sendMessage('matchSummaries', reply.ids.slice(start, start + 20));
          await badges.show(summaries, language);
        }
      },
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => live.run());
    ctx.onInvalidated(() => live.stop());
  },
});
