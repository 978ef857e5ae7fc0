/** The one protocol between the content script, the popup and the background. */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ShownComparison } from '../compare/shown-comparison';
import type { MatchSummary } from '../compare/summary';
import type { CaptureMessageInput, CaptureReport, Course, Language, Settings } from '../model';

/** `refused`: the courses dropped one by one (invalid, or of another site), each with its reason. */
export type CaptureReply =
  | { ok: true; stored: number; ids: string[]; refused: string[] }
  | { ok: false; error: string };

/** What the background remembers about a tab: the courses its page showed and how they were read. */
export interface TabCapture {
  url: string;
  ids: string[];
  report: CaptureReport;
  at: number;
}

export interface PopupSnapshot {
  capture: TabCapture | null;
  courses: Course[];
  settings: Settings;
  /** The one course's comparison, when the background has it made already. */
  comparison?: ShownComparison;
}

interface ProtocolMap {
  /** Content script → background: courses captured on the sender's page. Validated there. */
  capture(message: CaptureMessageInput): CaptureReply;
  /** Popup → background: what was captured in a tab. */
  tabCapture(tabId: number): TabCapture | null;
  /**
   * Popup → background, once at opening: the tab's capture with its courses and the settings, read
   * where the database is already open, so the first paint need not wait for opening it.
   */
  popupSnapshot(tabId: number): PopupSnapshot;
  /** Content script → background: may this page be captured (a supported site switched on)? */
  siteEnabled(): boolean;
  /** Content script → background: what the badge should say for these stored courses. */
  matchSummaries(ids: string[]): { language: Language; summaries: MatchSummary[] };
  /** Popup or dashboard → background: a stored course's comparison (null: no such course). */
  compareCourse(courseId: string): ShownComparison | null;
  /** Content script → background: the user clicked a badge; show the comparison. */
  openComparison(courseId: string): void;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
