/** Search box, filters and sort of the library. */
import { useEffect, useState } from 'preact/hooks';
import type { BandinginDb } from '@/utils/library/db';
import {
  type LibraryFilter,
  type LibraryQuery,
  librarySites,
  SORT_KEYS,
  type SortKey,
} from '@/utils/library/pages';
import { Mode } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { NARROW, useMediaQuery } from '../hooks/use-media-query';
import type { LibraryState, NUMBERS } from './library-hash';
import { NumberFilter } from './NumberFilter';

const numberOrUndefined = (text: string) => {
  const value = Number(text.replace(/[.\s]/g, '').replace(',', '.'));
  return text.trim() && Number.isFinite(value) && value >= 0 ? value : undefined;
};

export function LibraryFilters(props: {
  db: BandinginDb;
  query: LibraryQuery;
  search: string;
  onChange: (state: LibraryState) => void;
}) {
  const t = useMessages();
  const narrow = useMediaQuery(NARROW);
  const { db, query, search, onChange } = props;
  const { filter } = query;
  const [text, setText] = useState(search);
  // Debounced: a search runs the matcher over the whole library.
  useEffect(() => {
    if (text === search) return;
    const timer = setTimeout(() => onChange({ query, search: text }), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const sites = useLiveQuery(() => librarySites(db), [db]);
  const set = (change: Partial<LibraryFilter>) =>
    onChange({ query: { ...query, filter: { ...filter, ...change } }, search: text });
  const numberInput = (field: (typeof NUMBERS)[keyof typeof NUMBERS], label: string) => (
    <NumberFilter
      name={field}
      label={label}
      value={filter[field]}
      onCommit={(text) => set({ [field]: numberOrUndefined(text) })}
    />
  );

  const fields = (
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
  );
  const active =
    Object.values(filter).filter((value) => value !== undefined).length + (query.sort === 'newest' ? 0 : 1);

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
      {narrow ? (
        <details class="filters-sheet">
          <summary>
            {t.filtersToggle}
            {active > 0 && ` (${active})`}
          </summary>
          {fields}
        </details>
      ) : (
        fields
      )}
    </form>
  );
}
