import type { BandinginDb } from '@/utils/db';
import { formatCount, formatDate, formatHours, formatMoney } from '@/utils/format';
import { UNKNOWN_KEY } from '@/utils/ingest';
import { compareCourse, otherSideSource } from '@/utils/library-compare';
import type { Match } from '@/utils/match/compare';
import type { Course, Money, Verdict } from '@/utils/model';
import { siteName } from '@/utils/sites/registry';
import { useLanguage, useMessages } from './i18n-context';
import { SafeLink } from './SafeLink';
import { useLiveQuery } from './use-live-query';

type Alternative = Match<Course> & { userVerdict?: boolean };

/** Equivalents first (the user's "sama" among them), then the cheapest, then the best score. */
export function orderAlternatives(matches: Alternative[]): Alternative[] {
  const price = (course: Course) => course.sortPrice ?? UNKNOWN_KEY;
  return [...matches].sort(
    (a, b) =>
      Number(b.verdict === 'equivalent') - Number(a.verdict === 'equivalent') ||
      price(a.record) - price(b.record) ||
      b.score - a.score,
  );
}

/** The pair as stored in db.verdicts: `a` is the Prakerja side. */
export function verdictKey(course: Course, other: Course): [string, string] {
  return course.side === 'prakerja' ? [course.id, other.id] : [other.id, course.id];
}

/**
 * One course: its facts, its matches on the other side (with the user's "sama" / "bukan" marks)
 * and its price history. Presentational: it reads from `db` and takes the course as a prop, so the
 * popup can show it too.
 */
export function CourseView({ db, course }: { db: BandinginDb; course: Course }) {
  const t = useMessages();
  const language = useLanguage();
  const facts: [string, string | undefined][] = [
    [t.site, siteName(course.site)],
    [t.side, t[course.side]],
    [t.provider, course.provider],
    [t.price, course.price ? priceText(course.price, course.free, t.free, language) : undefined],
    [t.hours, course.hours !== undefined ? formatHours(course.hours, language) : undefined],
    [t.mode, course.mode ? t.modes[course.mode] : undefined],
    [t.fieldNames.level ?? 'level', course.level],
    [t.fieldNames.city ?? 'city', course.city],
    [t.firstSeen, formatDate(course.firstSeen, language)],
    [t.lastSeen, formatDate(course.lastSeen, language)],
  ];
  return (
    <article class="course-view" aria-labelledby="course-title">
      <h1 id="course-title">{course.title}</h1>
      <dl class="facts">
        {facts
          .filter(([, value]) => value !== undefined)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {course.url && (
        <p>
          <SafeLink href={course.url}>{t.openOnSite} ↗</SafeLink>
        </p>
      )}
      <Alternatives db={db} course={course} />
      <PriceHistory db={db} course={course} />
    </article>
  );
}

const priceText = (price: Money, free: boolean | undefined, freeText: string, language: 'id' | 'en') =>
  price.amount === 0 || free ? freeText : formatMoney(price, language);

function Alternatives({ db, course }: { db: BandinginDb; course: Course }) {
  const t = useMessages();
  const language = useLanguage();
  const state = useLiveQuery(async () => {
    const source = await otherSideSource(db, course.side);
    const comparison = await compareCourse(db, course, source, { limit: 20 });
    const hidden = await db.verdicts
      .where(course.side === 'prakerja' ? 'a' : 'b')
      .equals(course.id)
      .filter((verdict) => !verdict.same)
      .count();
    return { matches: orderAlternatives(comparison.matches), hidden };
  }, [db, course.id, course.side, course.title]);

  const mark = (other: Course, same: boolean | undefined) => {
    const [a, b] = verdictKey(course, other);
    if (same === undefined) return db.verdicts.delete([a, b]);
    const verdict: Verdict = { a, b, same, at: Date.now() };
    return db.verdicts.put(verdict);
  };

  return (
    <section aria-labelledby="alternatives-title">
      <h2 id="alternatives-title">{t.alternatives}</h2>
      {state.status === 'loading' && <p class="loading">{t.loading}</p>}
      {state.status === 'error' && <p class="error">{state.error.message}</p>}
      {state.status === 'ready' && state.value.matches.length === 0 && (
        <p class="muted">{t.noAlternatives}</p>
      )}
      {state.status === 'ready' && state.value.matches.length > 0 && (
        <table class="library alternatives">
          <thead>
            <tr>
              <th scope="col">{t.title}</th>
              <th scope="col">{t.site}</th>
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
                <span class="visually-hidden">{t.markSame}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.value.matches.map((match) => (
              <tr key={match.record.id} class={`verdict-${match.verdict}`} data-testid="alternative">
                <td>
                  <a href={`#course/${encodeURIComponent(match.record.id)}`}>{match.record.title}</a>{' '}
                  <span class={`badge badge-${match.verdict}`}>{t[match.verdict]}</span>
                </td>
                <td>{siteName(match.record.site)}</td>
                <td class="num">
                  {match.record.price
                    ? priceText(match.record.price, match.record.free, t.free, language)
                    : '–'}
                </td>
                <td class="num">
                  {match.record.hours !== undefined ? formatHours(match.record.hours, language) : '–'}
                </td>
                <td class="num">{Math.round(match.score * 100)}</td>
                <td class="why">{match.why.slice(0, 4).join(' · ')}</td>
                <td class="verdict-buttons">
                  {match.userVerdict === true ? (
                    <>
                      <span>{t.markedSame}</span>{' '}
                      <button type="button" class="secondary" onClick={() => mark(match.record, undefined)}>
                        {t.undoVerdict}
                      </button>
                    </>
                  ) : (
                    <>
                      <button type="button" onClick={() => mark(match.record, true)}>
                        {t.markSame}
                      </button>{' '}
                      <button type="button" class="secondary" onClick={() => mark(match.record, false)}>
                        {t.markNotSame}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {state.status === 'ready' && state.value.hidden > 0 && (
        <p class="muted">{t.hiddenCount(formatCount(state.value.hidden, language))}</p>
      )}
    </section>
  );
}

/** Lowest, median and highest of the amounts. */
export function priceSummary(amounts: number[]): { lowest: number; typical: number; highest: number } {
  const sorted = [...amounts].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const typical = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { lowest: sorted[0]!, typical, highest: sorted[sorted.length - 1]! };
}

function PriceHistory({ db, course }: { db: BandinginDb; course: Course }) {
  const t = useMessages();
  const language = useLanguage();
  const history = useLiveQuery(
    () =>
      db.snapshots
        .where('[courseId+at]')
        .between([course.id], [course.id, Number.MAX_SAFE_INTEGER], true, true)
        .toArray(),
    [db, course.id],
  );
  if (history.status !== 'ready') return null;
  // One currency per line: the latest one's.
  const currency = history.value.at(-1)?.currency ?? course.price?.currency;
  const points = history.value.filter((snapshot) => snapshot.currency === currency);
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.priceHistory}</h2>
      {points.length === 0 || !currency ? (
        <p class="muted">{t.noHistory}</p>
      ) : (
        <HistoryChart points={points} currency={currency} language={language} />
      )}
    </section>
  );
}

function HistoryChart(props: {
  points: { at: number; amount: number }[];
  currency: string;
  language: 'id' | 'en';
}) {
  const t = useMessages();
  const { points, currency, language } = props;
  const summary = priceSummary(points.map((point) => point.amount));
  const money = (amount: number) => formatMoney({ amount, currency }, language);
  const width = 240;
  const height = 48;
  const [first, last] = [points[0]!.at, points[points.length - 1]!.at];
  const span = summary.highest - summary.lowest;
  const x = (at: number) => (last === first ? width / 2 : ((at - first) / (last - first)) * (width - 8) + 4);
  const y = (amount: number) =>
    span === 0 ? height / 2 : height - 4 - ((amount - summary.lowest) / span) * (height - 8);
  // A step line: a price holds until the next snapshot.
  const path = points
    .map((point, index) => {
      const previous = points[index - 1];
      const step = previous ? `L${x(point.at).toFixed(1)},${y(previous.amount).toFixed(1)} ` : '';
      return `${index === 0 ? 'M' : `${step}L`}${x(point.at).toFixed(1)},${y(point.amount).toFixed(1)}`;
    })
    .join(' ');
  return (
    <figure class="price-history">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={`${t.priceHistory}: ${t.lowest} ${money(summary.lowest)}, ${t.highest} ${money(summary.highest)}`}
      >
        <path d={path} fill="none" stroke="currentColor" stroke-width="2" />
        {points.map((point) => (
          <circle key={point.at} cx={x(point.at)} cy={y(point.amount)} r="2.5" fill="currentColor">
            <title>{`${formatDate(point.at, language)}: ${money(point.amount)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption>
        <dl class="facts">
          <div>
            <dt>{t.lowest}</dt>
            <dd>{money(summary.lowest)}</dd>
          </div>
          <div>
            <dt>{t.typical}</dt>
            <dd>{money(summary.typical)}</dd>
          </div>
          <div>
            <dt>{t.highest}</dt>
            <dd>{money(summary.highest)}</dd>
          </div>
        </dl>
        <span class="muted">{t.seenTimes(formatCount(points.length, language))}</span>
      </figcaption>
    </figure>
  );
}
