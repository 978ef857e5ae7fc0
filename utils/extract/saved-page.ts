/** Where a saved page came from, when it says so: a browser's "saved from url" mark, canonical link or og:url. */
export function savedPageUrl(html: string): string | undefined {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 5000));
  const candidates = [
    saved?.[1],
    /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(html)?.[1],
    /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(html)?.[1],
  ];
  for (const candidate of candidates) {
    try {
      if (candidate && /^https?:$/.test(new URL(candidate).protocol)) return candidate;
    } catch {
      // not a URL: try the next one
    }
  }
  return undefined;
}
