import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/db';
import { formatCount } from '@/utils/format';
import { type LibraryFilter, type LibraryQuery, SORT_KEYS, type SortKey } from '@/utils/library-pages';
import { searchLibrary } from '@/utils/library-search';
import type { Match } from '@/utils/match/compare';
import { type Course, Mode, Side } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { PriceHoursCells, ShortlistCell, SiteCells, TitleCell } from './CourseCells';
import { useLanguage, useMessages } from './i18n-context';
import type { ToastMessage } from './Toast';
import { useLiveQuery } from './use-live-query';

export interface LibraryState {
  query: LibraryQuery;
  search: string;
}

const NUMBERS = { pmin: 'priceMin', pmax: 'priceMax', hmin: 'hoursMin', hmax: 'hoursMax' } as const;

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

const numberOrUndefined = (text: string) => {
  const value = Number(text.replace(/[.\s]/g, '').replace(',', '.'));
  return text.trim() && Number.isFinite(value) && value >= 0 ? value : undefined;
};

/** Search box, filters and sort of the library. */
export function LibraryFilters(props: {
  db: BandinginDb;
  query: LibraryQuery;
  search: string;
  onChange: (state: LibraryState) => void;
}) {
  const t = useMessages();
  const { db, query, search, onChange } = props;
  const { filter } = query;
  const [text, setText] = useState(search);
  // Debounced: a search runs the matcher over the whole library.
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => onChange({ query, search: text }), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const sites = useLiveQuery(async () => (await db.courses.orderBy('site').uniqueKeys()) as string[], [db]);
  const set = (change: Partial<LibraryFilter>) =>
    onChange({ query: { ...query, filter: { ...filter, ...change } }, search: text });
  const numberInput = (field: (typeof NUMBERS)[keyof typeof NUMBERS], label: string) => (
    <label>
      {label}
      <input
        type="number"
        min="0"
        inputMode="numeric"
        value={filter[field] ?? ''}
        name={field}
        onChange={(event) => set({ [field]: numberOrUndefined(event.currentTarget.value) })}
      />
    </label>
  );

  return (
    <form class="library-filters" onSubmit={(event) => event.preventDefault()}>
      <label class="search">
        {t.search}
        <input
          type="search"
          value={text}
          placeholder={t.searchPlaceholder}
          maxLength={200}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') onChange({ query, search: text });
          }}
        />
      </label>
      <fieldset>
        <legend>{t.filters}</legend>
        <label>
          {t.site}
          <select
            value={filter.site ?? ''}
            onChange={(event) => set({ site: event.currentTarget.value || undefined })}
          >
            <option value="">{t.all}</option>
            {sites.status === 'ready' &&
              sites.value.map((site) => (
                <option key={site} value={site}>
                  {siteName(site)}
                </option>
              ))}
          </select>
        </label>
        <label>
          {t.side}
          <select
            value={filter.side ?? ''}
            onChange={(event) =>
              set({ side: (event.currentTarget.value || undefined) as LibraryFilter['side'] })
            }
          >
            <option value="">{t.all}</option>
            <option value="prakerja">{t.prakerja}</option>
            <option value="alternative">{t.alternative}</option>
          </select>
        </label>
        <label>
          {t.mode}
          <select
            value={filter.mode ?? ''}
            onChange={(event) =>
              set({ mode: (event.currentTarget.value || undefined) as LibraryFilter['mode'] })
            }
          >
            <option value="">{t.all}</option>
            {Mode.options.map((mode) => (
              <option key={mode} value={mode}>
                {t.modes[mode]}
              </option>
            ))}
          </select>
        </label>
        {numberInput('priceMin', t.priceMin)}
        {numberInput('priceMax', t.priceMax)}
        {numberInput('hoursMin', t.hoursMin)}
        {numberInput('hoursMax', t.hoursMax)}
        <label class="checkbox">
          <input
            type="checkbox"
            checked={Boolean(filter.matched)}
            onChange={(event) => set({ matched: event.currentTarget.checked || undefined })}
          />
          {t.hasMatch}
        </label>
        <label>
          {t.sort}
          <select
            value={query.sort}
            onChange={(event) =>
              onChange({ query: { ...query, sort: event.currentTarget.value as SortKey }, search: text })
            }
          >
            {SORT_KEYS.map((key) => (
              <option key={key} value={key}>
                {t.sortBy[key]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          class="secondary"
          onClick={() => {
            setText('');
            onChange({ query: { filter: {}, sort: 'newest' }, search: '' });
          }}
        >
          {t.resetFilters}
        </button>
      </fieldset>
    </form>
  );
}

/** Whether a course passes the filter (for search results, which come ranked, not from an index). */
export function passes(filter: LibraryFilter, course: Course): boolean {
  const within = (value: number | undefined, min?: number, max?: number) =>
    (min === undefined && max === undefined) ||
    (value !== undefined &&
      value < Number.MAX_SAFE_INTEGER &&
      value >= (min ?? 0) &&
      value <= (max ?? Infinity));
  return (
    (!filter.site || course.site === filter.site) &&
    (!filter.side || course.side === filter.side) &&
    (!filter.mode || course.mode === filter.mode) &&
    within(course.sortPrice, filter.priceMin, filter.priceMax) &&
    within(course.sortHours, filter.hoursMin, filter.hoursMax)
  );
}

/** Ranked search results: the matcher's score and why for each. */
export function SearchResults(props: {
  db: BandinginDb;
  text: string;
  query: LibraryQuery;
  toast?: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  const language = useLanguage();
  const { db, text, query, toast } = props;
  const [state, setState] = useState<
    | { status: 'loading' }
    | { status: 'ready'; matches: Match<Course>[] }
    | { status: 'error'; message: string }
  >({ status: 'loading' });
  const filterKey = JSON.stringify(query.filter);
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const { filter } = query;
    const filtered = Object.keys(filter).some((key) => key !== 'matched');
    searchLibrary(db, text, {
      limit: 50,
      keep: filtered ? (course) => passes(filter, course) : undefined,
    }).then(
      (matches) => live && setState({ status: 'ready', matches }),
      (error: unknown) => live && setState({ status: 'error', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, text, filterKey]);

  if (state.status === 'loading')
    return (
      <p class="loading" role="status">
        {t.searching}
      </p>
    );
  if (state.status === 'error') return <p class="error">{state.message}</p>;
  if (state.matches.length === 0) return <p class="muted">{t.searchNone}</p>;
  return (
    <>
      <p class="muted" role="status">
        {t.searchResults(formatCount(state.matches.length, language))}
      </p>
      <table class="library search-results">
        <thead>
          <tr>
            <th scope="col">{t.title}</th>
            <th scope="col">{t.site}</th>
            <th scope="col">{t.side}</th>
            <th scope="col" class="num">
              {t.price}
            </th>
            <th scope="col" class="num">
              {t.hours}
            </th>
            <th scope="col" class="num">
              {t.score}
            </th>
            <th scope="col">{t.why}</th>
            <th scope="col">
              <span class="visually-hidden">{t.addToShortlist}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {state.matches.map(({ record: course, score, why }) => (
            <tr key={course.id}>
              <TitleCell course={course} />
              <SiteCells course={course} />
              <PriceHoursCells course={course} />
              <td class="num">{Math.round(score * 100)}</td>
              <td class="why">{why.slice(0, 4).join(' · ')}</td>
              <ShortlistCell db={db} course={course} toast={toast} />
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
