import { handleCapture, TabIdSchema } from '@/utils/capture-handler';
import { getDb } from '@/utils/db';
import { onMessage } from '@/utils/messaging';
import { forgetTabCapture, recallTabCapture } from '@/utils/tab-captures';

export default defineBackground(() => {
  const db = getDb();
  onMessage('capture', ({ data, sender }) => handleCapture(db, data, sender.tab?.id));
  onMessage('tabCapture', ({ data }) => {
    const tabId = TabIdSchema.safeParse(data);
    return tabId.success ? recallTabCapture(tabId.data) : null;
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTabCapture(tabId));
});
