/**
 * The real datasets and saved pages live beside the repo in ../shared/data and are read in place.
 * On a fresh clone without them, corpus tests skip with a printed reason; in CI they must exist.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataDir } from '../scripts/lib/shared-data';

/** Located as the scripts locate it (one place knows where the data lives). */
export function sharedPath(...parts: string[]): string {
  return resolve(sharedDataDir(), ...parts);
}

/** Whether `parts` exists; outside CI a missing data set prints why its tests skip, in CI it throws. */
export function hasSharedData(...parts: string[]): boolean {
  const path = sharedPath(...parts);
  if (existsSync(path)) return true;
  if (process.env.CI) throw new Error(`CI needs the shared data set at ${path}`);
  console.warn(`[skip] ${parts.join('/')} is not beside this checkout (${path}); its tests are skipped.`);
  return false;
}

export function readShared(...parts: string[]): string {
  return readFileSync(sharedPath(...parts), 'utf8');
}
