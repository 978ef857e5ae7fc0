/** The library, its price history and the shortlists as CSV or JSON rows, with prices in rupiah too. */
import type { BandinginDb } from '../library/db';
import { priceHistory } from '../library/price-history';
import type { Course, CurrencyRate, PriceSnapshot, Settings } from '../model';
import { toIdr } from '../money';
import { type Cell, toCsv } from './csv';

export type ExportKind = 'catalogue' | 'price-history' | 'shortlists';
export type ExportFormat = 'csv' | 'json';
export const EXPORT_SCHEMA_VERSION = 1;

type Rows = { columns: readonly string[]; rows: Record<string, Cell>[] };

const iso = (epochMs: number | undefined) =>
  epochMs === undefined ? undefined : new Date(epochMs).toISOString();
const idr = (price: Course['price'], rates: Record<string, CurrencyRate>) =>
  price ? toIdr(price, rates)?.idr : undefined;

export const CATALOGUE_COLUMNS = [
  'id',
  'site',
  'side',
  'title',
  'provider',
  'platform',
  'url',
  'price',
  'currency',
  'price_idr',
  'list_price',
  'free',
  'hours',
  'mode',
  'city',
  'address',
  'schedule',
  'level',
  'language',
  'rating',
  'rating_count',
  'students',
  'certificate',
  'topics',
  'first_seen',
  'last_seen',
  'source',
  'extractor',
] as const;

export function catalogueRows(courses: readonly Course[], rates: Record<string, CurrencyRate>): Rows {
  return {
    columns: CATALOGUE_COLUMNS,
    rows: courses.map((course) => ({
      id: course.id,
      site: course.site,
      side: course.side,
      title: course.title,
      provider: course.provider,
      platform: course.platform,
      url: course.url,
      price: course.price?.amount,
      currency: course.price?.currency,
      price_idr: idr(course.price, rates),
      list_price: course.listPrice?.amount,
      free: course.free,
      hours: course.hours,
      mode: course.mode,
      city: course.city,
      address: course.address,
      schedule: course.schedule,
      level: course.level,
      language: course.language,
      rating: course.rating,
      rating_count: course.ratingCount,
      students: course.students,
      certificate: course.certificate,
      topics: course.topics?.join('; '),
      first_seen: iso(course.firstSeen),
      last_seen: iso(course.lastSeen),
      source: course.source,
      extractor: course.extractor,
    })),
  };
}

async function priceHistoryRows(db: BandinginDb, rates: Record<string, CurrencyRate>): Promise<Rows> {
  const ended = new Map<string, PriceSnapshot[]>();
  for (const snapshot of await db.snapshots.toArray()) {
    const points = ended.get(snapshot.courseId);
    if (points) points.push(snapshot);
    else ended.set(snapshot.courseId, [snapshot]);
  }
  const rows: Rows['rows'] = [];
  const add = (course: Course | undefined, points: PriceSnapshot[]) => {
    for (const point of points)
      rows.push({
        course_id: point.courseId,
        site: course?.site,
        title: course?.title,
        at: iso(point.at),
        amount: point.amount,
        currency: point.currency,
        amount_idr: toIdr(point, rates)?.idr,
      });
  };
  // In id order, each course's prices oldest first: the ones that ended, then the current one.
  await db.courses.each((course) => {
    add(course, priceHistory(course, ended.get(course.id) ?? []));
    ended.delete(course.id);
  });
  // Snapshots of courses no longer stored (a restored backup may have them) are kept too.
  for (const points of ended.values()) add(undefined, priceHistory(undefined, points));
  return { columns: ['course_id', 'site', 'title', 'at', 'amount', 'currency', 'amount_idr'], rows };
}

async function shortlistRows(db: BandinginDb, rates: Record<string, CurrencyRate>): Promise<Rows> {
  const lists = await db.shortlists.orderBy('order').toArray();
  const items = await db.shortlistItems.toArray();
  const courses = new Map(
    (await db.courses.bulkGet([...new Set(items.map((item) => item.courseId))]))
      .filter((course) => course !== undefined)
      .map((course) => [course.id, course]),
  );
  const rows = lists.flatMap((list) =>
    items
      .filter((item) => item.shortlistId === list.id)
      .sort((a, b) => a.order - b.order)
      .map((item, index) => {
        const course = courses.get(item.courseId);
        return {
          shortlist: list.name,
          position: index + 1,
          course_id: item.courseId,
          site: course?.site,
          title: course?.title,
          url: course?.url,
          price: course?.price?.amount,
          currency: course?.price?.currency,
          price_idr: idr(course?.price, rates),
          hours: course?.hours,
          note: item.note,
          tags: item.tags.join('; '),
          added_at: iso(item.addedAt),
        };
      }),
  );
  return {
    columns: [
      'shortlist',
      'position',
      'course_id',
      'site',
      'title',
      'url',
      'price',
      'currency',
      'price_idr',
      'hours',
      'note',
      'tags',
      'added_at',
    ],
    rows,
  };
}

export async function exportRows(db: BandinginDb, kind: ExportKind, settings: Settings): Promise<Rows> {
  if (kind === 'catalogue') return catalogueRows(await db.courses.toArray(), settings.rates);
  if (kind === 'price-history') return priceHistoryRows(db, settings.rates);
  return shortlistRows(db, settings.rates);
}

/** The file's text: CSV (BOM, neutralised formulas) or JSON with a schema version and the rates used. */
export function renderExport(
  kind: ExportKind,
  format: ExportFormat,
  { columns, rows }: Rows,
  settings: Settings,
): string {
  if (format === 'csv') return toCsv(rows, columns);
  return JSON.stringify(
    {
      format: `bandingin-${kind}`,
      schemaVersion: EXPORT_SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      rates: settings.rates,
      rows,
    },
    null,
    1,
  );
}
