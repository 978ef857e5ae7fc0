/** Share sheet where there is one, clipboard otherwise; a closed sheet copies nothing. */
import { describe, expect, it } from 'vitest';
import { shareOrCopy } from '@/components/comparison/share';

const fakeNavigator = (share?: (data: ShareData) => Promise<void>, clipboardFails = false) => {
  const copied: string[] = [];
  const shared: ShareData[] = [];
  const nav = {
    share: share
      ? async (data: ShareData) => {
          shared.push(data);
          await share(data);
        }
      : undefined,
    clipboard: {
      writeText: async (text: string) => {
        if (clipboardFails) throw new DOMException('denied', 'NotAllowedError');
        copied.push(text);
      },
    } as Clipboard,
  };
  return { nav, copied, shared };
};
const refuse = (name: string) => async () => {
  throw new DOMException('no', name);
};

describe('shareOrCopy', () => {
  it('uses the share sheet when the browser has one', async () => {
    const { nav, copied, shared } = fakeNavigator(async () => {});
    expect(await shareOrCopy('teks', 'judul', nav)).toBe('shared');
    expect(shared).toEqual([{ title: 'judul', text: 'teks' }]);
    expect(copied).toEqual([]);
  });

  it('copies when there is no share sheet', async () => {
    const { nav, copied } = fakeNavigator();
    expect(await shareOrCopy('teks', 'judul', nav)).toBe('copied');
    expect(copied).toEqual(['teks']);
  });

  it('does nothing more when the user closes the sheet, and copies when the sheet refuses', async () => {
    const closed = fakeNavigator(refuse('AbortError'));
    expect(await shareOrCopy('teks', 'judul', closed.nav)).toBe('cancelled');
    expect(closed.copied).toEqual([]);
    const refused = fakeNavigator(refuse('NotAllowedError'));
    expect(await shareOrCopy('teks', 'judul', refused.nav)).toBe('copied');
    expect(refused.copied).toEqual(['teks']);
  });

  it('says so when the clipboard refuses too', async () => {
    const { nav } = fakeNavigator(undefined, true);
    expect(await shareOrCopy('teks', 'judul', nav)).toBe('failed');
  });
});
