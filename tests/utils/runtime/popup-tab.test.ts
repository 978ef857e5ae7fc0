/** The popup's subject tab: the active one over a desktop popup, the previous one on Android. */
import { describe, expect, it } from 'vitest';
import { subjectTab } from '@/utils/runtime/popup-tab';

describe('subjectTab', () => {
  const page = { id: 4, active: false, lastAccessed: 300 };
  const older = { id: 2, active: false, lastAccessed: 100 };
  const popupAsTab = { id: 9, active: true, lastAccessed: 400 };

  it('over a desktop popup (not a tab): the active tab', () => {
    expect(subjectTab([older, { ...page, active: true }], undefined)?.id).toBe(4);
  });

  it('when the popup is itself a tab (Firefox for Android): the tab used just before it', () => {
    expect(subjectTab([older, popupAsTab, page], popupAsTab)?.id).toBe(4);
  });

  it('when the popup is the only tab: none', () => {
    expect(subjectTab([popupAsTab], popupAsTab)).toBeUndefined();
  });
});
