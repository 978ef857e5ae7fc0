import type { BandinginDb } from '@/utils/library/db';
import { addToShortlist } from '@/utils/library/shortlists';
import { useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';

/** A compact "add to shortlist" menu for one course. */
export function AddToShortlist({
  db,
  courseId,
  onAdded,
}: {
  db: BandinginDb;
  courseId: string;
  onAdded: (shortlistName: string) => void;
}) {
  const t = useMessages();
  const lists = useLiveQuery(() => db.shortlists.orderBy('order').toArray(), [db]);
  if (lists.status !== 'ready' || lists.value.length === 0) return null;
  return (
    <select
      class="add-to-shortlist"
      aria-label={t.addToShortlist}
      value=""
      onChange={async (event) => {
        const list = lists.value.find((candidate) => candidate.id === event.currentTarget.value);
        event.currentTarget.value = '';
        if (!list) return;
        await addToShortlist(db, list.id, courseId);
        onAdded(list.name);
      }}
    >
      <option value="">＋ {t.addToShortlist}</option>
      {lists.value.map((list) => (
        <option key={list.id} value={list.id}>
          {list.name}
        </option>
      ))}
    </select>
  );
}
