import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryFilters } from '@/components/library/LibraryFilters';
import type { LibraryState } from '@/components/library/library-hash';
import { BandinginDb } from '@/utils/library/db';
import type { LibraryQuery } from '@/utils/library/pages';

let db: BandinginDb;
beforeEach(() => {
  db = new BandinginDb(`filters-${Math.random()}`);
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

describe('LibraryFilters', () => {
  it('keeps a typed price through re-renders until it is committed', () => {
    const onChange = vi.fn<(state: LibraryState) => void>();
    const query: LibraryQuery = { filter: { side: 'alternative' }, sort: 'newest' };
    const view = (q: LibraryQuery) => <LibraryFilters db={db} query={q} search="" onChange={onChange} />;
    const { rerender } = render(view(query));
    const field = screen.getByLabelText('Harga maks (Rp)') as HTMLInputElement;
    fireEvent.input(field, { target: { value: '2000000' } });
    // the library re-renders while the user types (a query answered, a capture arrived)
    rerender(view({ ...query, filter: { ...query.filter } }));
    expect(field.value).toBe('2000000');
    fireEvent.change(field);
    expect(onChange).toHaveBeenLastCalledWith({
      query: { filter: { side: 'alternative', priceMax: 2_000_000 }, sort: 'newest' },
      search: '',
    });
    // a filter set elsewhere (the address, "reset") replaces what was typed
    rerender(view({ ...query, filter: { side: 'alternative', priceMax: 500_000 } }));
    expect(field.value).toBe('500000');
  });
});
