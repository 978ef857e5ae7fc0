/**
 * Price history. A stored snapshot is a price a course had from `at` until the next change; the
 * current price lives on the course, since `priceSince`. So storing a new course (100k of them in an
 * import) writes no snapshot, and a price change writes one: the price that ended.
 */
import type { Course, PriceSnapshot } from '../model';

type Priced = Pick<Course, 'id' | 'price' | 'priceSince' | 'firstSeen'>;

/** Every price a course was seen at, oldest first: its snapshots and its current price. */
export function priceHistory(
  course: Priced | undefined,
  snapshots: readonly PriceSnapshot[],
): PriceSnapshot[] {
  const points = [...snapshots];
  if (course?.price)
    points.push({ courseId: course.id, at: course.priceSince ?? course.firstSeen, ...course.price });
  // Databases and backups from before `priceSince` also hold a snapshot of the current price.
  const seen = new Set<string>();
  return points
    .sort((a, b) => a.at - b.at)
    .filter((point) => {
      const key = `${point.at}\u0000${point.amount}\u0000${point.currency}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

/**
 * `priceSince` for courses stored before it existed: then every price change, the first included,
 * wrote a snapshot of the new price, so the latest snapshot is when the current price began.
 */
export function priceSinceFromSnapshots(snapshots: Iterable<PriceSnapshot>): Map<string, number> {
  const since = new Map<string, number>();
  for (const { courseId, at } of snapshots) if (at > (since.get(courseId) ?? -1)) since.set(courseId, at);
  return since;
}
