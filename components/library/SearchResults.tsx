/** Ranked search results over the library: the matcher's score and why for each. */
import { useEffect, useState } from 'preact/hooks';
import { whyParts } from '@/utils/compare/why';
import { formatCount } from '@/utils/i18n/format';
import type { BandinginDb } from '@/utils/library/db';
import { passes } from '@/utils/library/filter';
import type { LibraryQuery } from '@/utils/library/pages';
import { searchLibrary } from '@/utils/library/search';
import type { Match } from '@/utils/match/compare';
import type { Course } from '@/utils/model';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { NARROW, useMediaQuery } from '../hooks/use-media-query';
import type { ToastMessage } from '../shell/Toast';
import { PriceHoursCells, ShortlistCell, SiteCells, TitleCell } from './CourseCells';
import { LibraryCards } from './LibraryCards';

export function SearchResults(props: {
  db: BandinginDb;
  text: string;
  query: LibraryQuery;
  toast?: (message: ToastMessage) => void;
}) {
  const t = useMessages();
  const language = useLanguage();
  const narrow = useMediaQuery(NARROW);
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
      {narrow ? (
        <LibraryCards
          db={db}
          courses={state.matches.map((match) => match.record)}
          toast={toast}
          extra={(_course, index) => {
            const match = state.matches[index]!;
            return (
              <p class="card-why">
                {t.score} {Math.round(match.score * 100)} · {whyParts(match).shared.slice(0, 4).join(' · ')}
              </p>
            );
          }}
        />
      ) : (
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
            {state.matches.map(({ record: course, score, why, notes }) => (
              <tr key={course.id}>
                <TitleCell course={course} />
                <SiteCells course={course} />
                <PriceHoursCells course={course} />
                <td class="num">{Math.round(score * 100)}</td>
                <td class="why">{whyParts({ why, notes }).shared.slice(0, 4).join(' · ')}</td>
                <ShortlistCell db={db} course={course} toast={toast} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
