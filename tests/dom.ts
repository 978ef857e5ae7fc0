/** Build a Document from HTML in tests and scripts, without running any of its scripts. */
import { Window } from 'happy-dom';

export function parseHtml(html: string, url = 'https://example.com/'): Document {
  const window = new Window({ url, settings: { disableJavaScriptEvaluation: true } });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
