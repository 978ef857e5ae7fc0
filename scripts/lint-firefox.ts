/**
 * `npm run lint:firefox`: Mozilla's own add-on linter (web-ext lint, offline: its schemas ship with
 * it) on the Firefox build. Any error, warning or notice fails, so the build stays fit for
 * addons.mozilla.org and Firefox for Android. Run `wxt build -b firefox` first (the npm script does).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import webExt from 'web-ext';

const sourceDir = resolve('.output/firefox-mv2');
if (!existsSync(resolve(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${sourceDir}: run \`wxt build -b firefox\` first.`);
  process.exit(1);
}

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintResult {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

const result = (await webExt.cmd.lint(
  { sourceDir, output: 'text', warningsAsErrors: true, selfHosted: false },
  { shouldExitProgram: false },
)) as LintResult;
const { errors, warnings, notices } = result.summary;
for (const [kind, list] of [
  ['error', result.errors],
  ['warning', result.warnings],
  ['notice', result.notices],
] as const) {
  for (const finding of list)
    console.error(
      `${kind} ${finding.code}: ${finding.message} (${finding.file ?? '-'}:${finding.line ?? '-'})`,
    );
}
console.log(`web-ext lint: ${errors} errors, ${warnings} warnings, ${notices} notices`);
process.exit(errors + warnings + notices === 0 ? 0 : 1);
