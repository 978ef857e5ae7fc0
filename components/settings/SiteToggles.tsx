/**
 * "Sites on or off": one checkbox per supported site. The list the user is building is kept here
 * until the saved settings catch up, so a box never flips back while its save is on the way, and a
 * second click made before the first save lands builds on the first instead of overwriting it.
 */
import { useRef, useState } from 'preact/hooks';
import { SITES } from '@/utils/sites/lookup';

interface Props {
  disabledSites: readonly string[];
  save: (disabledSites: string[]) => Promise<void>;
}

export function SiteToggles({ disabledSites, save }: Props) {
  const [pending, setPending] = useState<string[] | undefined>(undefined);
  const latest = useRef<string[] | undefined>(undefined);
  const shown = pending ?? disabledSites;
  const toggle = (id: string, on: boolean) => {
    const disabled = new Set(latest.current ?? disabledSites);
    if (on) disabled.delete(id);
    else disabled.add(id);
    const next = [...disabled];
    latest.current = next;
    setPending(next);
    void save(next).finally(() => {
      // the last save to land hands the boxes back to the stored settings
      if (latest.current !== next) return;
      latest.current = undefined;
      setPending(undefined);
    });
  };
  return (
    <ul class="site-toggles">
      {SITES.map((site) => (
        <li key={site.id}>
          <label>
            <input
              type="checkbox"
              checked={!shown.includes(site.id)}
              onChange={(event) => toggle(site.id, event.currentTarget.checked)}
            />{' '}
            {site.name}
          </label>
        </li>
      ))}
    </ul>
  );
}
