/**
 * Keep capturing while the page lives: once at start, after SPA navigation, and after the DOM
 * grows (debounced), sending only when what was captured changed. A capture runs in slices: when one
 * has taken SLICE_MS of the main thread it gives the page its turn (requestIdleCallback, else a
 * timer) and goes on after, so even a huge page never holds the tab for long. A small page is
 * captured within the first slice, synchronously.
 */
import type { Extractor } from '../extract/types';
import type { CaptureMessageInput } from '../model';
import { type CaptureResult, captureSteps } from './pipeline';

export interface LiveCaptureOptions {
  doc: Document;
  currentUrl: () => string;
  send: (message: CaptureMessageInput) => Promise<unknown>;
  extractorsFor: (url: URL) => readonly Extractor[];
  /** Wait this long after the last DOM change before capturing again. */
  debounceMs?: number;
  /** Called with each result, for tests and the badge. */
  onCapture?: (result: CaptureResult) => void;
  /** DOM changes made only of these nodes (our own badges) do not count as the page growing. */
  ignore?: (node: Node) => boolean;
  /** Main-thread time one slice of a capture may take before it yields (SLICE_MS by default). */
  sliceMs?: number;
}

export interface LiveCapture {
  /** Capture now (also what navigation calls). */
  run(): void;
  stop(): void;
}

/** Main-thread time one slice of a capture may take before it yields. */
export const SLICE_MS = 12;

type Later = (next: () => void) => void;

/** Give the page its turn, then go on: when the browser is idle, or on the next task. */
const later: Later = (next) => {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => void })
    .requestIdleCallback;
  if (idle) idle(next, { timeout: 200 });
  else setTimeout(next, 0);
};

export function startLiveCapture(options: LiveCaptureOptions): LiveCapture {
  const {
    doc,
    currentUrl,
    send,
    extractorsFor,
    debounceMs = 400,
    onCapture,
    ignore,
    sliceMs = SLICE_MS,
  } = options;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let running: Generator<void, CaptureResult, void> | undefined;

  const deliver = (url: URL, result: CaptureResult) => {
    onCapture?.(result);
    if (result.courses.length === 0) return;
    const signature = JSON.stringify([url.href, result.courses]);
    if (signature === lastSent) return;
    lastSent = signature;
    send({ pageUrl: url.href, courses: result.courses, report: result.report }).catch(() => {
      lastSent = ''; // the background was asleep or busy: try again on the next change
    });
  };

  /** Run `steps` until done or until the slice is used up, then continue later (unless superseded). */
  const drive = (steps: Generator<void, CaptureResult, void>, url: URL) => {
    if (stopped || running !== steps) return;
    const start = performance.now();
    try {
      for (;;) {
        const next = steps.next();
        if (next.done) {
          running = undefined;
          deliver(url, next.value);
          return;
        }
        if (performance.now() - start > sliceMs) {
          later(() => drive(steps, url));
          return;
        }
      }
    } catch {
      running = undefined; // Never throw into the page.
    }
  };

  const run = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = undefined;
    try {
      const url = new URL(currentUrl());
      running?.return(undefined as never); // a newer page state supersedes a capture in flight
      running = captureSteps(doc, url, extractorsFor(url));
      drive(running, url);
    } catch {
      // Never throw into the page.
    }
  };

  const schedule = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };

  const ours = (record: MutationRecord) =>
    ignore !== undefined &&
    [...record.addedNodes, ...record.removedNodes].every((node) => ignore(node)) &&
    record.addedNodes.length + record.removedNodes.length > 0;
  const observer = new MutationObserver((records) => {
    if (!records.every(ours)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  run();

  return {
    run,
    stop() {
      stopped = true;
      clearTimeout(timer);
      observer.disconnect();
      running?.return(undefined as never);
      running = undefined;
    },
  };
}
