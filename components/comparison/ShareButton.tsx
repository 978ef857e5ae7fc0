/** "Bagikan": the comparison as a short text for the cohort's group chat (utils/compare/share-text.ts). */
import { useState } from 'preact/hooks';
import { type ShareInput, shareText } from '@/utils/compare/share-text';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { type ShareOutcome, shareOrCopy } from './share';

export function ShareButton(props: Omit<ShareInput, 'language'>) {
  const t = useMessages();
  const language = useLanguage();
  const [outcome, setOutcome] = useState<ShareOutcome | undefined>();
  const share = async () => {
    setOutcome(undefined);
    setOutcome(await shareOrCopy(shareText({ ...props, language }), props.course.title));
  };
  return (
    <div class="share">
      <button type="button" class="secondary" aria-label={t.shareLabel} onClick={share}>
        {t.share}
      </button>
      <span role="status" class={outcome === 'failed' ? 'error' : 'muted'} data-testid="share-status">
        {outcome === 'copied' ? t.copied : outcome === 'failed' ? t.shareFailed : ''}
      </span>
    </div>
  );
}
