import { priceInIdr, verdictPair } from '@/utils/compare/facts';
import type { BandinginDb } from '@/utils/library/db';
import { addToShortlist, createShortlist } from '@/utils/library/shortlists';
import type { Course, Settings } from '@/utils/model';
import { requestComparison } from '@/utils/runtime/comparison-relay';
import { useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { EmptyState } from '../shell/EmptyState';
import type { ToastMessage } from '../shell/Toast';
import { AlternativeRow } from './AlternativeRow';
import { ColdStart } from './ColdStart';
import { ShareButton } from './ShareButton';

export interface CourseComparisonProps {
  db: BandinginDb;
  course: Course;
  settings: Settings;
  toast: (message: ToastMessage) => void;
}

/**
 * A course's matches on the other side of the library: equivalents (and the user's "same") first,
 * then by price. Live: a newly captured course or a verdict re-ranks it.
 */
export function CourseComparison({ db, course, settings, toast }: CourseComparisonProps) {
  const t = useMessages();
  const result = useLiveQuery(async () => {
    // User Timing entries, so a benchmark can tell the matching from the rendering
    const started = performance.now();
    const { matches, searches } = await requestComparison(db, course);
    performance.measure('bandingin:match', { start: started });
    const price = (match: (typeof matches)[number]) =>
      priceInIdr(match.record, settings.rates)?.idr ?? Number.POSITIVE_INFINITY;
    const rank = (match: (typeof matches)[number]) =>
      match.pinned ? 0 : match.verdict === 'equivalent' ? 1 : 2;
    return { matches: [...matches].sort((a, b) => rank(a) - rank(b) || price(a) - price(b)), searches };
    // by value: the settings object is replaced when they load, which must not match twice
  }, [db, course.id, course.side, JSON.stringify(settings.rates)]);

  const setVerdict = async (other: Course, same: boolean) => {
    await db.verdicts.put({ ...verdictPair(course, other), same, at: Date.now() });
    toast({
      text: same ? t.markedSame : t.markedNotSame,
      action: {
        label: t.undo,
        run: () => void db.verdicts.delete([verdictPair(course, other).a, verdictPair(course, other).b]),
      },
    });
  };
  const save = async (other: Course) => {
    const list =
      (await db.shortlists.orderBy('order').first()) ?? (await createShortlist(db, t.newShortlistName));
    await addToShortlist(db, list.id, other.id);
    toast({ text: t.added(list.name) });
  };

  if (result.status === 'loading')
    return (
      <p class="loading" role="status">
        {t.comparing2}
      </p>
    );
  if (result.status === 'error') {
    return (
      <EmptyState title={t.error}>
        <p>{result.error.message}</p>
      </EmptyState>
    );
  }
  const { matches, searches } = result.value;
  if (matches.length === 0) {
    // Only Prakerja courses get searches: the alternatives' sites are where the searches go.
    return searches ? <ColdStart links={searches} /> : <p class="muted">{t.noMatch}</p>;
  }
  return (
    <section aria-labelledby={`alternatives-${course.id}`}>
      <div class="comparison-head">
        <h2 class="section-title" id={`alternatives-${course.id}`}>
          {course.side === 'prakerja' ? t.alternatives : t.prakerjaMatches} ({matches.length})
        </h2>
        <ShareButton course={course} matches={matches} rates={settings.rates} />
      </div>
      <ol class="alternatives">
        {matches.map((match) => (
          <AlternativeRow
            key={match.record.id}
            db={db}
            course={course}
            match={match}
            settings={settings}
            onVerdict={(same) => setVerdict(match.record, same)}
            onSave={() => save(match.record)}
          />
        ))}
      </ol>
    </section>
  );
}
