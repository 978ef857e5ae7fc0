/**
 * Hand a text to the system's share sheet where there is one (phones: Web Share API), else copy it
 * to the clipboard. Nothing is sent anywhere by Bandingin; the user picks where it goes.
 */
export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

type ShareNavigator = Pick<Navigator, 'clipboard'> & { share?: Navigator['share'] };

export async function shareOrCopy(
  text: string,
  title: string,
  nav: ShareNavigator = navigator,
): Promise<ShareOutcome> {
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title, text });
      return 'shared';
    } catch (error) {
      // The user closed the share sheet: nothing to do. Any other refusal: copy instead.
      if ((error as { name?: string } | undefined)?.name === 'AbortError') return 'cancelled';
    }
  }
  try {
    await nav.clipboard.writeText(text);
    return 'copied';
  } catch {
    return 'failed';
  }
}
