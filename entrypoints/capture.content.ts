import { startLiveCapture } from '@/utils/capture/live';
import { sendMessage } from '@/utils/messaging';
import { extractorsFor } from '@/utils/sites/extractors';
import { ALL_HOST_PATTERNS } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: ALL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const live = startLiveCapture({
      doc: document,
      currentUrl: () => location.href,
      send: (message) => sendMessage('capture', message),
      extractorsFor,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => live.run());
    ctx.onInvalidated(() => live.stop());
  },
});
