import { useEffect, useRef, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/library/db';
import { priceKeysCurrent, ratesStamp, refreshPriceKeys } from '@/utils/library/price-keys';
import type { Settings } from '@/utils/model';
import { useMessages } from '../hooks/i18n-context';

/**
 * Keeps the library's price order true to the current rates: after a rate changes (or an earlier
 * pass was interrupted), re-keys the courses priced in other currencies and says how far it is.
 */
export function PriceKeysRefresh({ db, rates }: { db: BandinginDb; rates: Settings['rates'] }) {
  const t = useMessages();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [failed, setFailed] = useState<string>();
  const latest = useRef(rates);
  const running = useRef(false);
  latest.current = rates;
  const stamp = ratesStamp(rates);

  useEffect(() => {
    if (running.current) return; // the running pass checks the latest rates when it ends
    running.current = true;
    void (async () => {
      try {
        // Rates may change again during a pass: go on until the keys match the latest ones.
        while (!(await priceKeysCurrent(db, latest.current))) {
          setProgress({ done: 0, total: 0 });
          await refreshPriceKeys(db, latest.current, {
            onProgress: (done, total) => setProgress({ done, total }),
          });
        }
        setFailed(undefined);
      } catch (error) {
        setFailed(error instanceof Error ? error.message : String(error));
      } finally {
        running.current = false;
        setProgress(undefined);
      }
    })();
  }, [db, stamp]);

  if (failed)
    return (
      <p class="error" role="alert">
        {t.priceKeysFailed(failed)}
      </p>
    );
  if (!progress) return null;
  return (
    <p class="notice" role="status">
      {t.priceKeysRunning}{' '}
      {progress.total > 0 && (
        <progress max={progress.total} value={progress.done} aria-label={t.priceKeysRunning} />
      )}
    </p>
  );
}
