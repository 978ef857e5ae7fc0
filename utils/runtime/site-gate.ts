/**
 * The content script's side of "sites on or off": capture runs only while the background says the
 * page's site is on. Asked at start and again whenever the library signals a change (settings are
 * part of it), so switching a site on or off in Settings takes effect in open tabs too.
 * Pure scheduling: the question and the start/stop are injected.
 */
export interface SiteGate {
  /** Ask again; starts or stops capture if the answer changed. */
  check(): Promise<void>;
  readonly on: boolean;
}

export function createSiteGate(options: {
  ask: () => Promise<boolean>;
  start: () => void;
  stop: () => void;
  /** A background that cannot answer (waking up) is asked again this much later, a few times. */
  retryMs?: number;
  retries?: number;
}): SiteGate {
  const { ask, start, stop, retryMs = 1000, retries = 3 } = options;
  let on = false;
  let running: Promise<void> | undefined;
  let again = false;
  let failures = 0;
  const once = async () => {
    let enabled: boolean;
    try {
      enabled = await ask();
      failures = 0;
    } catch {
      // no answer leaves things as they are, and asks again later
      if (failures++ < retries) setTimeout(() => void check(), retryMs);
      return;
    }
    if (enabled && !on) {
      on = true;
      start();
    } else if (!enabled && on) {
      on = false;
      stop();
    }
  };
  const check = async (): Promise<void> => {
    if (running) {
      again = true; // answers come in order: one more question after the current one
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await once();
      } while (again);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };
  return {
    check,
    get on() {
      return on;
    },
  };
}
