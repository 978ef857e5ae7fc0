import { startLiveCapture } from '@/utils/capture/live';
import { GENERIC_EXTRACTORS } from '@/utils/capture/pipeline';
import { sendMessage } from '@/utils/messaging';
import { ALL_HOST_PATTERNS } from '@/utils/sites/hosts';

export default defineContentScript({
  matches: ALL_HOST_PATTERNS,
  runAt: 'document_idle',
  main(ctx) {
    const live = startLiveCapture({
      doc: document,
      currentUrl: () => location.href,
      send: (message) => sendMessage('capture', message),
      extractorsFor: () => GENERIC_EXTRACTORS,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => live.run());
    ctx.onInvalidated(() => live.stop());
  },
});
