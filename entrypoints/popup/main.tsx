// First: zod must be told before any schema exists (utils/zod-jitless.ts).
import '@/utils/zod-jitless';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { Popup } from '@/components/popup/Popup';
import { AppShell } from '@/components/shell/AppShell';
import '@/components/shell/theme.css';
import { getDb } from '@/utils/library/db';
import { requestComparisonEarly } from '@/utils/runtime/comparison-relay';
import { relayLibraryChanges } from '@/utils/runtime/library-relay';
import { type PopupSnapshot, sendMessage } from '@/utils/runtime/messaging';
import { popupSubjectTabId } from '@/utils/runtime/popup-tab';
import './style.css';

/** The tab the popup speaks about (utils/runtime/popup-tab.ts: Firefox for Android shows it as a tab). */
const currentTabId = () => popupSubjectTabId(location.search);

const loadTabCapture = async () => {
  const tabId = await currentTabId();
  return tabId === undefined ? null : sendMessage('tabCapture', tabId);
};
const openDashboard = () => {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
  window.close();
};

const db = getDb();
// Open pages' badges catch up with what is changed here (imports, verdicts, settings).
relayLibraryChanges(db.name);

/** What the background can tell at once (it has the database open); nothing if it is not answering. */
async function snapshot(): Promise<PopupSnapshot | undefined> {
  const tabId = await currentTabId();
  if (tabId === undefined) return undefined;
  return sendMessage('popupSnapshot', tabId).catch(() => undefined);
}

const snapshotRead = snapshot();
void snapshotRead.then((initial) => {
  // one course: the popup will show its comparison, so ask for it while the popup renders
  if (initial?.courses.length === 1) requestComparisonEarly(initial.courses[0]!.id, initial.comparison);
  render(
    <AppShell db={db} initialSettings={initial?.settings}>
      {({ settings }) => (
        <Popup
          db={db}
          settings={settings}
          loadTabCapture={loadTabCapture}
          openDashboard={openDashboard}
          initial={initial}
        />
      )}
    </AppShell>,
    document.getElementById('app')!,
  );
});
