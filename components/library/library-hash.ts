/** The library's filters, sort and search kept in the address (`#library?side=prakerja&q=excel`). */
import { type LibraryFilter, type LibraryQuery, SORT_KEYS, type SortKey } from '@/utils/library/pages';
import { Mode, Side } from '@/utils/model';

export interface LibraryState {
  query: LibraryQuery;
  search: string;
}

export const NUMBERS = { pmin: 'priceMin', pmax: 'priceMax', hmin: 'hoursMin', hmax: 'hoursMax' } as const;

/** The library's query from `#library?side=prakerja&sort=price&pmax=500000&q=excel`. */
export function queryFromHash(hash: string = location.hash): LibraryState {
  const params = new URLSearchParams(hash.split('?')[1] ?? '');
  const filter: LibraryFilter = {};
  const side = Side.safeParse(params.get('side'));
  if (side.success) filter.side = side.data;
  const mode = Mode.safeParse(params.get('mode'));
  if (mode.success) filter.mode = mode.data;
  const site = params.get('site');
  if (site && /^[a-z0-9][a-z0-9.-]{0,62}$/.test(site)) filter.site = site;
  for (const [param, field] of Object.entries(NUMBERS)) {
    const value = Number(params.get(param) ?? Number.NaN);
    if (params.get(param) && Number.isFinite(value) && value >= 0) filter[field] = value;
  }
  if (params.get('matched') === '1') filter.matched = true;
  const sortParam = params.get('sort') as SortKey | null;
  const sort = sortParam && SORT_KEYS.includes(sortParam) ? sortParam : 'newest';
  return { query: { filter, sort }, search: (params.get('q') ?? '').slice(0, 200) };
}

export function hashOfQuery(query: LibraryQuery, search: string): string {
  const params = new URLSearchParams();
  const { filter } = query;
  if (search.trim()) params.set('q', search);
  if (filter.site) params.set('site', filter.site);
  if (filter.side) params.set('side', filter.side);
  if (filter.mode) params.set('mode', filter.mode);
  for (const [param, field] of Object.entries(NUMBERS)) {
    const value = filter[field];
    if (value !== undefined) params.set(param, String(value));
  }
  if (filter.matched) params.set('matched', '1');
  if (query.sort !== 'newest') params.set('sort', query.sort);
  const text = params.toString();
  return text ? `#library?${text}` : '#library';
}

/** Keep the query in the address without a new history entry or a hashchange. */
export function writeQueryToHash(query: LibraryQuery, search: string) {
  const hash = hashOfQuery(query, search);
  history.replaceState(null, '', hash);
  lastHash = hash;
}

let lastHash = '#library';
/** Where "back to the library" goes: the library as the user last left it. */
export const lastLibraryHash = () => (location.hash.startsWith('#library') ? location.hash : lastHash);
