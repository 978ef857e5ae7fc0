/** The library's filter as a predicate, for search results, which come ranked rather than from an index. */
import type { Course } from '../model';
import type { LibraryFilter } from './pages';

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
