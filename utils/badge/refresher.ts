/**
 * When the badges of a page ask again: after the library changed, once the burst of writes is over,
 * and only while the page is visible; a hidden tab waits until it is shown. Pure scheduling, so it
 * is tested with fake timers.
 */
export interface BadgeRefresher {
  /** The library changed. */
  changed(): void;
  /** The page became visible. */
  shown(): void;
  stop(): void;
}

export function createBadgeRefresher(options: {
  refresh: () => Promise<void> | void;
  hidden: () => boolean;
  delay?: number;
}): BadgeRefresher {
  const { refresh, hidden, delay = 600 } = options;
  let stale = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    timer = undefined;
    if (hidden()) return;
    stale = false;
    void Promise.resolve()
      .then(refresh)
      .catch(() => {});
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  return {
    changed() {
      stale = true;
      if (!hidden()) schedule();
    },
    shown() {
      if (stale) schedule();
    },
    stop() {
      clearTimeout(timer);
      stale = false;
    },
  };
}
