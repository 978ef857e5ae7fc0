/**
 * A large realistic library for browser benchmarks: the real shared pools (Udemy, Coursera) grown to
 * `size` with plausible titles, a share of them on the Prakerja side, with the matcher's real concept
 * tokens, written straight into the extension's IndexedDB inside its service worker, together with
 * its match index and the library table's columns as an import leaves them (one segment, ordinals
 * in row order), built here with the extension's own code.
 */
import type { Worker } from 'playwright-core';
import { sortKeys } from '../../utils/course-keys';
import { columnValues, writeColumns } from '../../utils/library/columns';
import type { IndexState } from '../../utils/library/match-index';
import { type OrdinalBlock, SegmentBuilder, SIDE_CODE, writeOrdinals } from '../../utils/library/postings';
import { courseTokens } from '../../utils/match/tokens';
import { type Course, DEFAULT_RATES } from '../../utils/model';
import { expandPool } from './expand-pool';
import { loadPool, loadPrakerja } from './shared-data';

export async function buildLibrary(size: number): Promise<Course[]> {
  const prakerja = await loadPrakerja();
  const pool = expandPool(await loadPool(), size - prakerja.length);
  const now = Date.now();
  const courses: Course[] = [];
  for (const [index, record] of [...prakerja, ...pool].entries()) {
    const side = index < prakerja.length ? 'prakerja' : 'alternative';
    courses.push({
      id: record.id,
      site: side === 'prakerja' ? 'prakerja' : (record.site ?? 'synthetic'),
      side,
      title: record.title,
      price: {
        amount: side === 'prakerja' ? 500_000 + (index % 20) * 100_000 : 9.99 + (index % 40),
        currency: side === 'prakerja' ? 'IDR' : 'USD',
      },
      hours: 1 + (index % 30),
      firstSeen: now - index,
      lastSeen: now - index,
      source: 'import',
      extractor: 'bench-seed',
      tokens: courseTokens(record),
      ord: index,
    });
    Object.assign(courses.at(-1)!, sortKeys(courses.at(-1)!, DEFAULT_RATES));
  }
  return courses;
}

/** The match index of `courses` (their `ord`s), as plain arrays: the page turns them back into typed ones. */
function indexRecords(courses: readonly Course[]) {
  const builder = new SegmentBuilder();
  for (const course of courses) builder.add(course.ord!, course.tokens);
  const ordinals = writeOrdinals(
    new Map<number, OrdinalBlock>(),
    courses.map((course) => ({ ord: course.ord!, id: course.id, side: SIDE_CODE[course.side] })),
  );
  const state: IndexState = {
    segments: [{ seg: 1, docs: courses.length, live: false }],
    nextSeg: 2,
    nextOrd: courses.length,
    count: courses.length,
    dead: 0,
  };
  const columns = writeColumns(
    new Map(),
    courses.map((course) => ({ ord: course.ord!, values: columnValues(course) })),
  );
  return {
    columns: columns.map((block) => ({
      ...block,
      lastSeen: [...block.lastSeen],
      price: [...block.price],
      hours: [...block.hours],
      site: [...block.site],
      mode: [...block.mode],
    })),
    postings: builder.blocks(1).map((block) => ({
      ...block,
      offsets: [...block.offsets],
      ords: [...block.ords],
    })),
    ordinals: ordinals.map((block) => ({ ...block, sides: [...block.sides] })),
    state,
  };
}

export async function seedIntoWorker(worker: Worker, courses: Course[], chunk = 5000): Promise<void> {
  for (let start = 0; start < courses.length; start += chunk) {
    await worker.evaluate(
      (rows) =>
        new Promise<void>((done, fail) => {
          const open = indexedDB.open('bandingin');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('courses', 'readwrite');
            for (const row of rows) tx.objectStore('courses').put(row);
            tx.oncomplete = () => {
              open.result.close();
              done();
            };
            tx.onerror = () => fail(tx.error);
          };
        }),
      courses.slice(start, start + chunk),
    );
  }
  await worker.evaluate(
    ({ postings, ordinals, columns, state }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('bandingin');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(['postings', 'ordinals', 'columns', 'settings'], 'readwrite');
          tx.objectStore('postings').clear();
          tx.objectStore('ordinals').clear();
          tx.objectStore('columns').clear();
          for (const block of columns)
            tx.objectStore('columns').put({
              ...block,
              lastSeen: Float64Array.from(block.lastSeen),
              price: Float64Array.from(block.price),
              hours: Float64Array.from(block.hours),
              site: Uint16Array.from(block.site),
              mode: Uint8Array.from(block.mode),
            });
          for (const block of postings)
            tx.objectStore('postings').put({
              ...block,
              offsets: Uint32Array.from(block.offsets),
              ords: Uint32Array.from(block.ords),
            });
          for (const block of ordinals)
            tx.objectStore('ordinals').put({ ...block, sides: Uint8Array.from(block.sides) });
          tx.objectStore('settings').put({ key: 'matchIndex', value: state });
          tx.objectStore('settings').put({ key: 'libraryVersion', value: Date.now() });
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    indexRecords(courses),
  );
}
