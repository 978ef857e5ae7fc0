import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBadgeRefresher } from '@/utils/badge/refresher';
import { BandinginDb } from '@/utils/library/db';
import { relayLibraryChanges, touchesBadges } from '@/utils/runtime/library-relay';
import { onLibraryChanged, signalLibraryChanged } from '@/utils/runtime/library-signal';

describe('createBadgeRefresher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks once after a burst of changes while the page is visible', async () => {
    const refresh = vi.fn();
    const refresher = createBadgeRefresher({ refresh, hidden: () => false, delay: 500 });
    refresher.changed();
    await vi.advanceTimersByTimeAsync(300);
    refresher.changed();
    refresher.changed();
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('lets a hidden tab wait until it is shown, then asks once', async () => {
    let hidden = true;
    const refresh = vi.fn();
    const refresher = createBadgeRefresher({ refresh, hidden: () => hidden, delay: 500 });
    refresher.changed();
    refresher.changed();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).not.toHaveBeenCalled();
    hidden = false;
    refresher.shown();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
    // shown again with nothing new: no question
    refresher.shown();
    await vi.advanceTimersByTimeAsync(5000);
    expect(refresh).toHaveBeenCalledTimes(1);
  });

  it('keeps the change for later when the tab is hidden as the timer fires, and survives a failing refresh', async () => {
    let hidden = false;
    const refresh = vi.fn().mockRejectedValue(new Error('background restarting'));
    const refresher = createBadgeRefresher({ refresh, hidden: () => hidden, delay: 500 });
    refresher.changed();
    hidden = true;
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).not.toHaveBeenCalled();
    hidden = false;
    refresher.shown();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
    refresher.stop();
    refresher.shown();
    await vi.advanceTimersByTimeAsync(500);
    expect(refresh).toHaveBeenCalledTimes(1);
  });
});

describe('touchesBadges', () => {
  it.each([
    [{ 'idb://bandingin/courses/': 1 }, true],
    [{ 'idb://bandingin/verdicts/[a+b]': 1 }, true],
    [{ 'idb://bandingin/settings/': 1 }, true],
    [{ 'idb://bandingin/shortlistItems/': 1 }, false],
    [{ 'idb://other/courses/': 1 }, false],
  ])('%o → %s', (parts, expected) => {
    expect(touchesBadges(parts, 'bandingin')).toBe(expected);
  });
});

describe('the library-changed signal', () => {
  it('reaches a listener through storage.local, and stops when unsubscribed', async () => {
    const listener = vi.fn();
    const stop = onLibraryChanged(listener);
    await signalLibraryChanged(1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    await signalLibraryChanged(2);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('is sent once for a burst of course writes, and not for shortlist writes', async () => {
    const db = new BandinginDb('relay-test');
    await db.open(); // (its upgrades write courses)
    const signal = vi.fn().mockResolvedValue(undefined);
    const stop = relayLibraryChanges(db.name, { delay: 50, signal });
    await db.shortlists.put({ id: 's', name: 'Pilihan', createdAt: 1, order: 0 });
    await new Promise((done) => setTimeout(done, 120));
    expect(signal).not.toHaveBeenCalled();
    await db.verdicts.put({ a: 'prakerja:1', b: 'udemy:2', same: true, at: 1 });
    await db.settings.put({ key: 'settings', value: {} });
    await new Promise((done) => setTimeout(done, 120));
    expect(signal).toHaveBeenCalledTimes(1);
    stop();
    await db.verdicts.put({ a: 'prakerja:1', b: 'udemy:3', same: true, at: 1 });
    await new Promise((done) => setTimeout(done, 120));
    expect(signal).toHaveBeenCalledTimes(1);
    await db.delete();
  });
});
