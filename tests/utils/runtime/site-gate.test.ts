import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSiteGate } from '@/utils/runtime/site-gate';

afterEach(() => vi.useRealTimers());

function gateWith(answers: (boolean | Error)[]) {
  const events: string[] = [];
  const gate = createSiteGate({
    ask: async () => {
      const answer = answers.shift() ?? false;
      if (answer instanceof Error) throw answer;
      return answer;
    },
    start: () => events.push('start'),
    stop: () => events.push('stop'),
    retryMs: 50,
  });
  return { gate, events };
}

describe('the site gate of the content script', () => {
  it('never starts capture on a site that is off', async () => {
    const { gate, events } = gateWith([false, false]);
    await gate.check();
    await gate.check();
    expect(events).toEqual([]);
    expect(gate.on).toBe(false);
  });

  it('starts when the site is on, stops when switched off, starts again when switched on', async () => {
    const { gate, events } = gateWith([true, true, false, true]);
    for (let i = 0; i < 4; i++) await gate.check();
    expect(events).toEqual(['start', 'stop', 'start']);
  });

  it('asks once more after a burst of checks, never in parallel, and acts on the last answer', async () => {
    let inFlight = 0;
    let most = 0;
    const answers = [true, false, true];
    const events: string[] = [];
    const gate = createSiteGate({
      ask: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return answers.shift() ?? true;
      },
      start: () => events.push('start'),
      stop: () => events.push('stop'),
    });
    await Promise.all([gate.check(), gate.check(), gate.check()]);
    expect(most).toBe(1);
    expect(events).toEqual(['start', 'stop']);
  });

  it('asks again later when the background cannot answer yet', async () => {
    vi.useFakeTimers();
    const { gate, events } = gateWith([new Error('Receiving end does not exist'), true]);
    await gate.check();
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(50);
    expect(events).toEqual(['start']);
  });
});
