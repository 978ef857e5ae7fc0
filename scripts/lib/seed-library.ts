/**
 * A large realistic library for browser benchmarks: the real shared pools (Udemy, Coursera) grown to
 * `size` with plausible titles, a share of them on the Prakerja side, with the matcher's real concept
 * tokens, written straight into the extension's IndexedDB inside its service worker.
 */
import type { Worker } from 'playwright-core';
import { courseTokens } from '../../utils/match/tokens';
import type { Course } from '../../utils/model';
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
    });
  }
  return courses;
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
}
