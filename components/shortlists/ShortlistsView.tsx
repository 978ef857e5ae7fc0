import { useState } from 'preact/hooks';
import { formatHours, formatMoney } from '@/utils/i18n/format';
import type { BandinginDb } from '@/utils/library/db';
import {
  createShortlist,
  deleteShortlist,
  itemsOf,
  moveItem,
  moveShortlist,
  parseTags,
  removeFromShortlist,
  renameShortlist,
  undoDeleteShortlist,
  updateItem,
} from '@/utils/library/shortlists';
import type { Course, Settings, Shortlist, ShortlistItem } from '@/utils/model';
import { siteName } from '@/utils/sites/lookup';
import { useLanguage, useMessages } from '../hooks/i18n-context';
import { useLiveQuery } from '../hooks/use-live-query';
import { EmptyState } from '../shell/EmptyState';
import { SafeLink } from '../shell/SafeLink';
import type { ToastMessage } from '../shell/Toast';
import { BudgetSummary } from './BudgetSummary';

interface Props {
  db: BandinginDb;
  settings: Settings;
  toast: (message: ToastMessage) => void;
}

export function ShortlistsView({ db, settings, toast }: Props) {
  const t = useMessages();
  const lists = useLiveQuery(() => db.shortlists.orderBy('order').toArray(), [db]);
  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [name, setName] = useState('');

  if (lists.status !== 'ready') return <p class="loading">{t.loading}</p>;
  const selected = lists.value.find((list) => list.id === selectedId) ?? lists.value[0];

  const create = async (event: Event) => {
    event.preventDefault();
    if (!name.trim()) return;
    const list = await createShortlist(db, name);
    setName('');
    setSelectedId(list.id);
  };

  return (
    <section class="shortlists" aria-labelledby="shortlists-title">
      <h1 id="shortlists-title">{t.shortlists}</h1>
      <div class="two-columns">
        <div class="list-column">
          <form onSubmit={create} class="inline-form">
            <label class="visually-hidden" for="new-shortlist">
              {t.newShortlist}
            </label>
            <input
              id="new-shortlist"
              placeholder={t.newShortlist}
              value={name}
              maxLength={120}
              onInput={(event) => setName(event.currentTarget.value)}
            />
            <button type="submit">{t.create}</button>
          </form>
          <ul class="shortlist-names">
            {lists.value.map((list, index) => (
              <li key={list.id} class={list.id === selected?.id ? 'current' : ''}>
                <button
                  type="button"
                  class="link"
                  aria-current={list.id === selected?.id}
                  onClick={() => setSelectedId(list.id)}
                >
                  {list.name}
                </button>
                <span class="row-actions">
                  <button
                    type="button"
                    class="icon"
                    aria-label={`${t.moveUp}: ${list.name}`}
                    disabled={index === 0}
                    onClick={() => moveShortlist(db, list.id, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="icon"
                    aria-label={`${t.moveDown}: ${list.name}`}
                    disabled={index === lists.value.length - 1}
                    onClick={() => moveShortlist(db, list.id, 1)}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </div>
        <div class="detail-column">
          {selected ? (
            <ShortlistDetail db={db} list={selected} settings={settings} toast={toast} />
          ) : (
            <EmptyState title={t.noShortlists}>
              <p>{t.noShortlistsBody}</p>
            </EmptyState>
          )}
        </div>
      </div>
    </section>
  );
}

function ShortlistDetail({ db, list, settings, toast }: Props & { list: Shortlist }) {
  const t = useMessages();
  const [renaming, setRenaming] = useState<string | undefined>();
  const [compare, setCompare] = useState<string[]>([]);
  const entries = useLiveQuery(async () => {
    const items = await itemsOf(db, list.id);
    const courses = await db.courses.bulkGet(items.map((item) => item.courseId));
    return items.map((item, index) => ({ item, course: courses[index] }));
  }, [db, list.id]);

  const remove = async () => {
    const deleted = await deleteShortlist(db, list.id);
    if (deleted) {
      toast({
        text: t.deletedShortlist(list.name),
        action: { label: t.undo, run: () => undoDeleteShortlist(db, deleted) },
      });
    }
  };

  return (
    <article aria-labelledby="shortlist-name">
      <header class="detail-header">
        {renaming === undefined ? (
          <h2 id="shortlist-name">{list.name}</h2>
        ) : (
          <form
            class="inline-form"
            onSubmit={async (event) => {
              event.preventDefault();
              await renameShortlist(db, list.id, renaming);
              setRenaming(undefined);
            }}
          >
            <input
              id="shortlist-name"
              aria-label={t.rename}
              value={renaming}
              maxLength={120}
              onInput={(event) => setRenaming(event.currentTarget.value)}
            />
            <button type="submit">{t.save}</button>
            <button type="button" class="secondary" onClick={() => setRenaming(undefined)}>
              {t.cancel}
            </button>
          </form>
        )}
        <span class="row-actions">
          <button type="button" class="secondary" onClick={() => setRenaming(list.name)}>
            {t.rename}
          </button>
          <button type="button" class="secondary danger" onClick={remove}>
            {t.delete}
          </button>
        </span>
      </header>
      {entries.status === 'ready' && (
        <>
          <BudgetSummary prices={entries.value.map(({ course }) => course?.price)} settings={settings} />
          {entries.value.length === 0 ? (
            <p class="muted">{t.emptyShortlist}</p>
          ) : (
            <ol class="shortlist-items">
              {entries.value.map(({ item, course }, index) => (
                <ShortlistRow
                  key={item.courseId}
                  db={db}
                  item={item}
                  course={course}
                  first={index === 0}
                  last={index === entries.value.length - 1}
                  comparing={compare.includes(item.courseId)}
                  onCompare={(on) =>
                    setCompare(
                      on ? [...compare, item.courseId] : compare.filter((id) => id !== item.courseId),
                    )
                  }
                  toast={toast}
                />
              ))}
            </ol>
          )}
          <CompareTable
            courses={entries.value
              .filter(({ item, course }) => course && compare.includes(item.courseId))
              .map(({ course }) => course as Course)}
          />
        </>
      )}
    </article>
  );
}

function ShortlistRow(props: {
  db: BandinginDb;
  item: ShortlistItem;
  course: Course | undefined;
  first: boolean;
  last: boolean;
  comparing: boolean;
  onCompare: (on: boolean) => void;
  toast: (message: ToastMessage) => void;
}) {
  const { db, item, course, toast } = props;
  const t = useMessages();
  const language = useLanguage();
  const title = course?.title ?? t.unknownCourse;
  return (
    <li class="shortlist-item">
      <div class="item-head">
        <label class="compare-toggle">
          <input
            type="checkbox"
            checked={props.comparing}
            onChange={(event) => props.onCompare(event.currentTarget.checked)}
          />
          <span class="visually-hidden">{t.compareItem(title)}</span>
        </label>
        <div class="item-title">
          {course ? <SafeLink href={course.url}>{course.title}</SafeLink> : <em>{title}</em>}
          {course && (
            <span class="muted">
              {' '}
              · {siteName(course.site)} · {course.price ? formatMoney(course.price, language) : '–'}
            </span>
          )}
        </div>
        <span class="row-actions">
          <button
            type="button"
            class="icon"
            aria-label={`${t.moveUp}: ${title}`}
            disabled={props.first}
            onClick={() => moveItem(db, item.shortlistId, item.courseId, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            class="icon"
            aria-label={`${t.moveDown}: ${title}`}
            disabled={props.last}
            onClick={() => moveItem(db, item.shortlistId, item.courseId, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            class="icon"
            aria-label={`${t.remove}: ${title}`}
            onClick={async () => {
              const removed = await removeFromShortlist(db, item.shortlistId, item.courseId);
              if (removed) {
                toast({
                  text: t.removedItem,
                  action: { label: t.undo, run: () => db.shortlistItems.put(removed) },
                });
              }
            }}
          >
            ✕
          </button>
        </span>
      </div>
      <div class="item-fields">
        <label>
          {t.note}
          <textarea
            rows={2}
            maxLength={2000}
            value={item.note}
            onBlur={(event) => {
              if (event.currentTarget.value !== item.note)
                void updateItem(db, item, { note: event.currentTarget.value });
            }}
          />
        </label>
        <label>
          {t.tags}
          <input
            value={item.tags.join(', ')}
            onBlur={(event) => void updateItem(db, item, { tags: parseTags(event.currentTarget.value) })}
          />
        </label>
      </div>
    </li>
  );
}

/** The chosen items side by side, one column each. */
function CompareTable({ courses }: { courses: Course[] }) {
  const t = useMessages();
  const language = useLanguage();
  if (courses.length < 2) return null;
  const rows: [string, (course: Course) => string][] = [
    [t.site, (course) => siteName(course.site)],
    [t.provider, (course) => course.provider ?? '–'],
    [t.price, (course) => (course.price ? formatMoney(course.price, language) : '–')],
    [t.hours, (course) => (course.hours !== undefined ? formatHours(course.hours, language) : '–')],
    [t.rating, (course) => (course.rating !== undefined ? `${course.rating} ★` : '–')],
    [t.mode, (course) => course.mode ?? '–'],
  ];
  return (
    <table class="compare-table">
      <thead>
        <tr>
          <td />
          {courses.map((course) => (
            <th key={course.id} scope="col">
              {course.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, read]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            {courses.map((course) => (
              <td key={course.id}>{read(course)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
