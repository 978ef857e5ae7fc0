import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../hooks/i18n-context';
import type { CourseComparisonProps } from './CourseComparison';

/**
 * The comparison, loaded after the first paint: the matcher (glossary, stemmers, Fuse.js) is most of
 * the popup's code, and the course card should not wait for it.
 */
export function LazyCourseComparison(props: CourseComparisonProps) {
  const t = useMessages();
  const [Comparison, setComparison] = useState<FunctionComponent<CourseComparisonProps>>();
  useEffect(() => {
    let alive = true;
    void import('./CourseComparison').then((module) => alive && setComparison(() => module.CourseComparison));
    return () => {
      alive = false;
    };
  }, []);
  return Comparison ? (
    <Comparison {...props} />
  ) : (
    <p class="loading" role="status">
      {t.comparing2}
    </p>
  );
}
