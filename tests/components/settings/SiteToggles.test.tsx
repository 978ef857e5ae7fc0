import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SiteToggles } from '@/components/settings/SiteToggles';
import { SITES } from '@/utils/sites/lookup';

afterEach(cleanup);

/** A save that lands only when the test says so, as a slow IndexedDB write would. */
function slowSaves() {
  const calls: { value: string[]; land: () => void }[] = [];
  const save = (value: string[]) =>
    new Promise<void>((resolve) => {
      calls.push({ value, land: resolve });
    });
  return { calls, save };
}

const box = (name: string) => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('SiteToggles', () => {
  const [first, second] = [SITES[0]!, SITES[1]!];

  it('keeps a box as clicked while its save is on the way', () => {
    const { calls, save } = slowSaves();
    render(<SiteToggles disabledSites={[]} save={save} />);
    fireEvent.click(box(first.name));
    expect(box(first.name).checked).toBe(false);
    expect(calls.map((call) => call.value)).toEqual([[first.id]]);
  });

  it('builds a second click on the first, not on the settings the first has not yet saved', async () => {
    const { calls, save } = slowSaves();
    const view = render(<SiteToggles disabledSites={[]} save={save} />);
    fireEvent.click(box(first.name));
    fireEvent.click(box(second.name));
    expect(calls.at(-1)?.value.sort()).toEqual([first.id, second.id].sort());
    // the saves land and the stored settings catch up: the boxes follow them again
    for (const call of calls) call.land();
    await Promise.resolve();
    view.rerender(<SiteToggles disabledSites={[first.id, second.id]} save={save} />);
    expect(box(first.name).checked).toBe(false);
    expect(box(second.name).checked).toBe(false);
  });
});
