import type { FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useMessages } from '../hooks/i18n-context';
import type { CourseComparisonProps } from './CourseComparison';

type Component = FunctionComponent<CourseComparisonProps>;
let loading: Promise<Component> | undefined;
let loaded: Component | undefined;

/**
 * Start loading the comparison's code. The popup calls it while it waits for the background's
 * snapshot, time its page would otherwise spend idle, so the comparison is ready when the card is.
 */
export function preloadComparison(): Promise<Component> {
  loading ??= import('./CourseComparison').then((module) => {
    loaded = module.CourseComparison;
    return loaded;
  });
  return loading;
}

/**
 * The comparison, loaded apart from the first paint: its code (rows, topics, the cold start's
 * keywords) is most of the popup's, and the course card should not wait for it.
 */
export function LazyCourseComparison(props: CourseComparisonProps) {
  const t = useMessages();
  const [Comparison, setComparison] = useState<Component | undefined>(() => loaded);
  useEffect(() => {
    let alive = true;
    void preloadComparison().then((component) => alive && setComparison(() => component));
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
