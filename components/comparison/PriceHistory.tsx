import { summariseHistory } from '@/utils/compare/facts';
import { formatMoney } from '@/utils/i18n/format';
import type { BandinginDb } from '@/utils/library/db';
import { priceHistory } from '@/utils/library/price-history';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';

const WIDTH = 160;
const HEIGHT = 36;

/**
 * A sparkline of the course's prices, with lowest, typical and highest seen. `level`: its heading's
 * level under the page's outline (3 under the popup's course card, 2 under the course view's title).
 */
export function PriceHistory({
  db,
  courseId,
  level = 3,
}: {
  db: BandinginDb;
  courseId: string;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const t = useMessages();
  const language = useLanguage();
  const history = useLiveQuery(
    async () =>
      priceHistory(
        await db.courses.get(courseId),
        await db.snapshots.where('courseId').equals(courseId).toArray(),
      ),
    [db, courseId],
  );
  if (history.status !== 'ready') return null;
  const summary = summariseHistory(history.value);
  if (!summary) return null;
  const money = (amount: number) => formatMoney({ amount, currency: summary.currency }, language);
  const { points, lowest, highest } = summary;
  const first = points[0]!.at;
  const span = Math.max(1, points.at(-1)!.at - first);
  const range = Math.max(1, highest - lowest);
  const path = points
    .map((point, index) => {
      const x = points.length === 1 ? WIDTH / 2 : ((point.at - first) / span) * (WIDTH - 4) + 2;
      const y = HEIGHT - 4 - ((point.amount - lowest) / range) * (HEIGHT - 8);
      return `${index === 0 ? 'M' : 'L'}${x.toFixed(1)},${y.toFixed(1)}`;
    })
    .join(' ');
  return (
    <section class="price-history" aria-label={t.priceHistory}>
      <Heading>{t.priceHistory}</Heading>
      {points.length > 1 ? (
        <svg
          width={WIDTH}
          height={HEIGHT}
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={t.priceHistory}
        >
          <path d={path} fill="none" stroke="currentColor" stroke-width="2" />
        </svg>
      ) : (
        <p class="muted">{t.oneSnapshot}</p>
      )}
      <dl class="history-facts">
        <dt>{t.lowest}</dt>
        <dd>{money(summary.lowest)}</dd>
        <dt>{t.typical}</dt>
        <dd>{money(summary.typical)}</dd>
        <dt>{t.highest}</dt>
        <dd>{money(summary.highest)}</dd>
      </dl>
    </section>
  );
}
