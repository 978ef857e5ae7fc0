/**
 * How well capture generalises:
 *   npm run eval:capture                       report seeds (never used for tuning) + the saved real pages
 *   npm run eval:capture -- --tuning           the tuning seeds instead
 *   npm run eval:capture -- --seeds 5000-5100 --verbose
 * Generated pages (scripts/lib/layout-generator.ts) carry their truth; real pages in ../shared/data/pages-*
 * are scored against their truth.json where one exists, else only the course count is shown.
 * Prints titles recall/precision and price/provider accuracy; asserts nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { savedPageUrl } from '../utils/extract/saved-page';
import { extractFromHtml } from './extract';
import { addScores, type Expected, formatScore, type Score, scorePage } from './lib/capture-score';
import { generatePage } from './lib/layout-generator';
import { sharedDataDir } from './lib/shared-data';

/** Seeds the heuristics were developed against, and the disjoint range they are judged on. */
export const TUNING_SEEDS: [number, number] = [1, 300];
export const REPORT_SEEDS: [number, number] = [100_001, 100_400];

interface PageTruth {
  file: string;
  url: string;
  kind: string;
  courses: { title: string; provider?: string; price_idr?: number }[];
  related?: string[];
}

function generated(range: [number, number], verbose: boolean): Score {
  const byKind = new Map<string, Score[]>();
  for (let seed = range[0]; seed <= range[1]; seed += 1) {
    const page = generatePage(seed);
    const { courses } = extractFromHtml(page.html, page.url);
    const score = scorePage(page.courses, courses);
    if (verbose && (score.missed.length || score.junk.length || score.wrong.length)) {
      console.log(`seed ${seed} (${page.kind}) ${formatScore('', score)}`);
      for (const line of [
        ...score.missed.map((t) => `  missed ${t}`),
        ...score.junk.map((t) => `  junk ${t}`),
        ...score.wrong.map((t) => `  ${t}`),
      ].slice(0, 8))
        console.log(line);
    }
    byKind.set(page.kind, [...(byKind.get(page.kind) ?? []), score]);
  }
  for (const [kind, scores] of byKind)
    console.log(formatScore(`  generated ${kind} (${scores.length})`, addScores(scores)));
  const all = addScores([...byKind.values()].flat());
  console.log(formatScore(`generated seeds ${range[0]}-${range[1]}`, all));
  return all;
}

function realPages(verbose: boolean) {
  const root = sharedDataDir();
  if (!existsSync(root)) {
    console.log(`real pages: ${root} not found, skipped`);
    return;
  }
  const scored: Score[] = [];
  for (const folder of readdirSync(root)
    .filter((name) => name.startsWith('pages-'))
    .sort()) {
    const dir = join(root, folder);
    const truthFile = join(dir, 'truth.json');
    const truths: PageTruth[] = existsSync(truthFile) ? JSON.parse(readFileSync(truthFile, 'utf8')) : [];
    for (const file of readdirSync(dir)
      .filter((name) => name.endsWith('.html'))
      .sort()) {
      const html = readFileSync(join(dir, file), 'utf8');
      const truth = truths.find((entry) => entry.file === file);
      const url = truth?.url ?? savedPageUrl(html);
      if (!url) {
        console.log(`  ${folder}/${file}: no URL, skipped`);
        continue;
      }
      const { courses } = extractFromHtml(html, url);
      if (!truth) {
        console.log(`  ${`${folder}/${file}`.padEnd(32)} ${courses.length} courses (no truth.json)`);
        continue;
      }
      const expected: Expected[] = [
        ...truth.courses.map((course) => ({
          title: course.title,
          price: course.price_idr,
          provider: course.provider,
        })),
        ...(truth.related ?? []).map((title) => ({ title })),
      ];
      const score = scorePage(expected, courses);
      scored.push(score);
      console.log(formatScore(`  ${folder.slice(6)}/${file}`, score));
      if (verbose)
        for (const line of [
          ...score.missed.map((t) => `    missed ${t}`),
          ...score.junk.map((t) => `    junk ${t}`),
          ...score.wrong.map((t) => `    ${t}`),
        ].slice(0, 12))
          console.log(line);
    }
  }
  if (scored.length) console.log(formatScore('real pages with truth', addScores(scored)));
}

function main(argv: string[]) {
  const verbose = argv.includes('--verbose');
  const seedsArg = argv[argv.indexOf('--seeds') + 1];
  const range: [number, number] =
    argv.includes('--seeds') && seedsArg
      ? (seedsArg.split('-').map(Number) as [number, number])
      : argv.includes('--tuning')
        ? TUNING_SEEDS
        : REPORT_SEEDS;
  if (!argv.includes('--no-real')) realPages(verbose);
  if (!argv.includes('--no-generated')) generated(range, verbose);
}

if (process.argv[1] && /eval-capture\.ts$/.test(process.argv[1])) main(process.argv.slice(2));
