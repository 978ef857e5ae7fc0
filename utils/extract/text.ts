/** Small helpers for reading untrusted page text. */

/** Collapse whitespace and strip control characters; `undefined` for nothing left. */
export function cleanText(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const text = String(value).replace(/[\u0000-\u001f\u007f\u200b-\u200f\u2028\u2029]+/g, ' ');
  const collapsed = text.replace(/\s+/g, ' ').trim();
  if (!collapsed) return undefined;
  return collapsed.length > max ? `${collapsed.slice(0, max - 1).trimEnd()}…` : collapsed;
}

/** Text of an HTML fragment (JSON-LD descriptions often carry markup), without running it. */
export function htmlToText(html: string, doc: Document): string {
  const template = doc.createElement('template');
  template.innerHTML = html;
  return template.content.textContent ?? '';
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
