/**
 * Capture courses from saved pages with the same adapters the extension runs:
 *   npm run extract -- --url https://www.udemy.com/course/b2b-copywriting/ saved.html [more.html]
 * Without --url, the page's own "saved from url" mark, canonical link or og:url is used.
 * Prints { file, url, report, courses, dropped } as JSON, one object per file (an array for several);
 * `dropped` says what was refused and why (a call to action, a placeholder, another site's course).
 */
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { capturePage } from '../utils/capture/pipeline';
import { savedPageUrl } from '../utils/extract/saved-page';
import { extractorsFor } from '../utils/sites/adapters';

export function extractFromHtml(html: string, pageUrl: string) {
  const window = new Window({
    url: pageUrl,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
        disableFallbackToSetURL: true,
      },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const url = new URL(pageUrl);
    return capturePage(doc, url, extractorsFor(url));
  } finally {
    void window.happyDOM.close();
  }
}

function usage(message: string): never {
  console.error(`${message}\nusage: npm run extract -- [--url <page url>] <saved.html> [more.html ...]`);
  process.exit(2);
}

function main(argv: string[]) {
  let url: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? usage('--url needs a value');
    else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '--help' || arg === '-h') usage('Capture courses from saved pages.');
    else files.push(arg);
  }
  if (!files.length) usage('No saved page given.');
  const results = files.map((file) => {
    const html = readFileSync(file, 'utf8');
    const pageUrl =
      url ?? savedPageUrl(html) ?? usage(`${file}: no --url and the page does not say where it came from.`);
    try {
      new URL(pageUrl);
    } catch {
      usage(`Not a URL: ${pageUrl}`);
    }
    const { courses, report, dropped } = extractFromHtml(html, pageUrl);
    return { file, url: pageUrl, report, courses, dropped };
  });
  process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
}

if (process.argv[1] && /extract\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
