/**
 * A big page (600 cards plus 900 JSON-LD items) captures more courses than one message may carry:
 * the content script sends them in chunks of at most LIMITS.coursesPerCapture, one after the other,
 * and the background stores each chunk, so nothing is refused whole.
 */
import { LIMITS } from '../limits';
import type { CaptureMessageInput } from '../model';
import type { CaptureReply } from './messaging';

/** Enough chunks for the most courses a page is read for (LIMITS.coursesPerPage); more are dropped. */
export const MAX_CHUNKS = Math.ceil(LIMITS.coursesPerPage / LIMITS.coursesPerCapture);

/** The message split into messages of at most `size` courses, each with the page URL and report. */
export function captureChunks(
  message: CaptureMessageInput,
  size: number = LIMITS.coursesPerCapture,
): CaptureMessageInput[] {
  const chunks: CaptureMessageInput[] = [];
  for (let start = 0; start < message.courses.length && chunks.length < MAX_CHUNKS; start += size)
    chunks.push({ ...message, courses: message.courses.slice(start, start + size) });
  return chunks;
}

export interface ChunkedReply {
  ids: string[];
  stored: number;
  /** Why courses or whole chunks were refused. */
  refused: string[];
}

/** Send each chunk in turn; a refused chunk is reported and the others still go. */
export async function sendCaptureInChunks(
  message: CaptureMessageInput,
  send: (chunk: CaptureMessageInput) => Promise<CaptureReply>,
  size?: number,
): Promise<ChunkedReply> {
  const result: ChunkedReply = { ids: [], stored: 0, refused: [] };
  for (const chunk of captureChunks(message, size)) {
    const reply = await send(chunk);
    if (!reply.ok) {
      result.refused.push(reply.error);
      continue;
    }
    result.ids.push(...reply.ids);
    result.stored += reply.stored;
    result.refused.push(...reply.refused);
  }
  return result;
}
