/** Whether a CSS media query matches, live: screens switch components (table ↔ cards) at a breakpoint. */
import { useEffect, useState } from 'preact/hooks';

/** The width below which the dashboard lays itself out for a phone (cards, a filter sheet). */
export const NARROW = '(max-width: 640px)';

export function useMediaQuery(query: string): boolean {
  const [matches, setMatches] = useState(() => matchMedia(query).matches);
  useEffect(() => {
    const list = matchMedia(query);
    const update = () => setMatches(list.matches);
    update();
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, [query]);
  return matches;
}
