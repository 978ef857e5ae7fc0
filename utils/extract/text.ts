/** Small helpers for reading untrusted page text. */

/**
 * Characters that change how text is shown without being text: controls, zero-width marks, bidi
 * embeddings, overrides and isolates (which can make "Rp 1.500.000" display as something else), the
 * byte-order mark and soft hyphens.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;
/** Removed without a trace: "Ex\u00adcel" is "Excel". */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]+/g;

/** Half of a character: what cutting text by UTF-16 unit leaves behind. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Collapse whitespace and strip invisible characters; `undefined` for nothing left. Cut by code point. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // Never scan more of a hostile string than a capped value can use.
  const text = String(value)
    .slice(0, Math.max(64, max * 4 + 64))
    .replace(CONTROL, ' ')
    .replace(INVISIBLE, '');
  const collapsed = text.replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
  if (!collapsed) return undefined;
  if (collapsed.length <= max) return collapsed;
  const points = Array.from(collapsed);
  return points.length > max
    ? `${points
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : collapsed;
}

/**
 * Text of an HTML fragment (JSON-LD descriptions often carry markup), without running it: a parsed,
 * detached document runs no script and loads nothing (and no `innerHTML`, which Mozilla's linter rejects).
 */
export function htmlToText(html: string, doc: Document): string {
  const Parser = doc.defaultView?.DOMParser ?? globalThis.DOMParser;
  return new Parser().parseFromString(html, 'text/html').body?.textContent ?? '';
}

/** Resolve a link against the page; only http(s) survives. */
export function absoluteUrl(value: unknown, base: URL): string | undefined {
  if (typeof value !== 'string' || value.length > 2048) return undefined;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
