/**
 * The background's side of a capture: validate, keep only the sending page's own site, store,
 * remember for the tab, reply. The page is untrusted: a course of another site (a udemy.com page
 * naming a prakerja.go.id URL) or from a page that is no supported site is never stored, and one bad
 * course costs only itself.
 */
import { z } from 'zod';
import { type BandinginDb, readSettings } from '../library/db';
import { type RejectedCourse, storeCourses } from '../library/store';
import { LIMITS } from '../limits';
import { CapturedCourse, CaptureReport, webUrl } from '../model';
import type { SiteInfo } from '../sites/lookup';
import { describeZodError } from '../zod-errors';
import type { CaptureReply } from './messaging';
import { siteIsOn, siteOfUrl } from './site-switch';
import { rememberTabCapture } from './tab-captures';

/** Who sent a capture, as the browser (not the message) says: `sender.url` / `sender.tab`. */
export interface CaptureSender {
  tabId?: number;
  url?: string;
}

/** The message around the courses; each course is checked on its own, so one bad one drops alone. */
const CaptureEnvelope = z.object({
  pageUrl: webUrl,
  courses: z.array(z.unknown()).max(LIMITS.coursesPerCapture),
  report: CaptureReport,
});

export async function handleCapture(
  db: BandinginDb,
  data: unknown,
  sender: CaptureSender = {},
): Promise<CaptureReply> {
  const parsed = CaptureEnvelope.safeParse(data);
  if (!parsed.success) return { ok: false, error: `Refused capture: ${describeZodError(parsed.error)}` };
  const message = parsed.data;
  const site = siteOfUrl(sender.url);
  if (!site) return { ok: false, error: 'Refused capture: the sending page is not a supported site' };
  if (siteOfUrl(message.pageUrl)?.id !== site.id)
    return { ok: false, error: `Refused capture: pageUrl is not a page of ${site.id}` };
  const { kept, refused } = ownCourses(message.courses, site);
  try {
    const settings = await readSettings(db);
    // "sites on or off" in Settings: a site that is off is never captured
    if (!siteIsOn(site, settings))
      return { ok: false, error: `Refused capture: ${site.id} is switched off in Settings` };
    // the user's rates, so foreign prices sort where the library shows them
    const { rates } = settings;
    const rejected: RejectedCourse[] = [];
    const stored = kept.length ? await storeCourses(db, kept, Date.now(), { rates, rejected }) : [];
    // merged with what was stored, a course that would not be a valid record is not written
    for (const course of rejected) refused.push(`${course.id}: ${course.reason}`);
    const ids = stored.map((course) => course.id);
    if (sender.tabId !== undefined) {
      await rememberTabCapture(sender.tabId, {
        url: message.pageUrl,
        ids,
        report: message.report,
        at: Date.now(),
      });
    }
    return { ok: true, stored: stored.length, ids, refused };
  } catch (error) {
    // A full disk (QuotaExceededError) or a closing database: say so; the transaction kept the old data.
    const name = error instanceof Error ? error.name : 'Error';
    return { ok: false, error: `Could not store the capture (${name}): ${String(error).slice(0, 200)}` };
  }
}

/**
 * The courses that are valid and belong to `site`, both by their site id and by their URL's host;
 * each refused one named by its place in the message and why.
 */
export function ownCourses(
  courses: readonly unknown[],
  site: SiteInfo,
): { kept: CapturedCourse[]; refused: string[] } {
  const kept: CapturedCourse[] = [];
  const refused: string[] = [];
  courses.forEach((raw, index) => {
    const course = CapturedCourse.safeParse(raw);
    if (!course.success) {
      refused.push(`courses.${index}.${describeZodError(course.error)}`);
      return;
    }
    const urlSite = siteOfUrl(course.data.url);
    if (course.data.site !== site.id || urlSite?.id !== site.id) {
      refused.push(`courses.${index}: a course of ${urlSite?.id ?? 'another site'}, not of ${site.id}`);
      return;
    }
    kept.push({ ...course.data, side: site.side });
  });
  return { kept, refused };
}

export const TabIdSchema = z.number().int().nonnegative();
