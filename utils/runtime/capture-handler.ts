/** The background's side of a capture: validate, store, remember for the tab, reply. */
import { z } from 'zod';
import { type BandinginDb, readSettings } from '../library/db';
import { storeCourses } from '../library/store';
import { LIMITS } from '../limits';
import { CaptureMessage } from '../model';
import { describeZodError } from '../zod-errors';
import type { CaptureReply } from './messaging';
import { rememberTabCapture } from './tab-captures';

export async function handleCapture(db: BandinginDb, data: unknown, tabId?: number): Promise<CaptureReply> {
  const parsed = CaptureMessage.safeParse(data);
  if (!parsed.success) return { ok: false, error: `Refused capture: ${describeZodError(parsed.error)}` };
  const message = parsed.data;
  try {
    // the user's rates, so foreign prices sort where the library shows them
    const { rates } = await readSettings(db);
    const stored = await storeCourses(db, message.courses, Date.now(), { rates });
    const ids = stored.map((course) => course.id);
    if (tabId !== undefined) {
      await rememberTabCapture(tabId, { url: message.pageUrl, ids, report: message.report, at: Date.now() });
    }
    return { ok: true, stored: stored.length, ids };
  } catch (error) {
    // A full disk (QuotaExceededError) or a closing database: say so; the transaction kept the old data.
    const name = error instanceof Error ? error.name : 'Error';
    return { ok: false, error: `Could not store the capture (${name}): ${String(error).slice(0, 200)}` };
  }
}

export const TabIdSchema = z.number().int().nonnegative();
export const CourseIdsSchema = z.array(z.string().min(3).max(LIMITS.id)).max(100);
