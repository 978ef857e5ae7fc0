/**
 * Keep capturing while the page lives: once at start, after SPA navigation, and after the DOM
 * grows (debounced), sending only when what was captured changed.
 */

import type { Extractor } from '../extract/types';
import type { CaptureMessageInput } from '../model';
import { type CaptureResult, capturePage } from './pipeline';

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
}

export interface LiveCapture {
  /** Capture now (also what navigation calls). */
  run(): void;
  stop(): void;
}

export function startLiveCapture(options: LiveCaptureOptions): LiveCapture {
  const { doc, currentUrl, send, extractorsFor, debounceMs = 400, onCapture, ignore } = options;
  let lastSent = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const run = () => {
    if (stopped) return;
    clearTimeout(timer);
    timer = undefined;
    try {
      const url = new URL(currentUrl());
      const result = capturePage(doc, url, extractorsFor(url));
      onCapture?.(result);
      if (result.courses.length === 0) return;
      const signature = JSON.stringify([url.href, result.courses]);
      if (signature === lastSent) return;
      lastSent = signature;
      send({ pageUrl: url.href, courses: result.courses, report: result.report }).catch(() => {
        lastSent = ''; // the background was asleep or busy: try again on the next change
      });
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
    },
  };
}
