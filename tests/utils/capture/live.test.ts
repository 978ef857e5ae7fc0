import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LiveCapture, startLiveCapture } from '@/utils/capture/live';
import { GENERIC_EXTRACTORS } from '@/utils/extract/generic';
import type { CaptureMessageInput } from '@/utils/model';

const courseScript = (name: string) => {
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.textContent = JSON.stringify({ '@type': 'Course', name, url: `/${encodeURIComponent(name)}` });
  return script;
};

let live: LiveCapture | undefined;
afterEach(() => {
  live?.stop();
  document.head.innerHTML = '';
  vi.useRealTimers();
});

/** A live capture whose slices are long enough that these small pages finish in the first one. */
function start(url: { href: string }, sliceMs = 10_000) {
  const sent: CaptureMessageInput[] = [];
  live = startLiveCapture({
    doc: document,
    currentUrl: () => url.href,
    send: async (message) => void sent.push(message),
    extractorsFor: () => GENERIC_EXTRACTORS,
    debounceMs: 50,
    sliceMs,
  });
  return sent;
}

describe('startLiveCapture', () => {
  it('captures at start, again when the page grows, and never twice for the same content', async () => {
    document.head.append(courseScript('Kursus A'));
    const sent = start({ href: 'https://www.prakerja.go.id/pelatihan' });
    expect(sent.map((m) => m.courses.map((c) => c.title))).toEqual([['Kursus A']]);

    document.head.append(courseScript('Kursus B'));
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]?.courses.map((c) => c.title)).toEqual(['Kursus A', 'Kursus B']);

    document.body.append(document.createElement('div')); // growth without new courses
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(sent).toHaveLength(2);
  });

  it('captures again after SPA navigation, under the new page URL', () => {
    document.head.append(courseScript('Kursus A'));
    const url = { href: 'https://www.prakerja.go.id/pelatihan' };
    const sent = start(url);
    url.href = 'https://www.prakerja.go.id/pelatihan?page=2';
    live?.run();
    expect(sent.map((m) => m.pageUrl)).toEqual([
      'https://www.prakerja.go.id/pelatihan',
      'https://www.prakerja.go.id/pelatihan?page=2',
    ]);
  });

  it('a capture that outlasts its slice gives the page its turn, then finishes with the same result', async () => {
    document.head.append(courseScript('Kursus A'));
    const sent = start({ href: 'https://www.prakerja.go.id/pelatihan' }, 0);
    expect(sent).toHaveLength(0); // yielded after the first step instead of running to the end
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]?.courses.map((c) => c.title)).toEqual(['Kursus A']);
  });

  it('a newer capture supersedes one still in flight', async () => {
    document.head.append(courseScript('Kursus A'));
    const url = { href: 'https://www.prakerja.go.id/pelatihan' };
    const sent = start(url, 0);
    url.href = 'https://www.prakerja.go.id/pelatihan?page=2';
    live?.run();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.map((m) => m.pageUrl)).toEqual(['https://www.prakerja.go.id/pelatihan?page=2']);
  });

  it('sends nothing for a page without courses, and stops watching when stopped', async () => {
    const sent = start({ href: 'https://www.udemy.com/' });
    live?.stop();
    document.head.append(courseScript('Later'));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(sent).toHaveLength(0);
  });

  it('tries again on the next change when the background did not answer', async () => {
    document.head.append(courseScript('Kursus A'));
    let calls = 0;
    live = startLiveCapture({
      doc: document,
      currentUrl: () => 'https://www.prakerja.go.id/pelatihan',
      send: async () => {
        calls++;
        if (calls === 1) throw new Error('Could not establish connection');
      },
      extractorsFor: () => GENERIC_EXTRACTORS,
      debounceMs: 20,
      sliceMs: 10_000,
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    live.run();
    expect(calls).toBe(2);
  });
});
