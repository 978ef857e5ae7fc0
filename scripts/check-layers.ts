/** `npm run lint`'s second half: fails when an import breaks the layering (scripts/lib/layers.ts). */
import fs from 'node:fs';
import path from 'node:path';
import { layerViolations, type SourceFile } from './lib/layers';

const root = path.resolve(import.meta.dirname, '..');
const files: SourceFile[] = [];
const walk = (dir: string) => {
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) walk(rel);
    else if (/\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
      files.push({ file: rel, source: fs.readFileSync(path.join(root, rel), 'utf8') });
  }
};
for (const dir of ['utils', 'components', 'entrypoints', 'scripts']) walk(dir);

const problems = layerViolations(files);
for (const problem of problems) console.error(problem);
if (problems.length) {
  console.error(`Layering: ${problems.length} problem(s). The rules are in scripts/lib/layers.ts.`);
  process.exit(1);
}
console.log(`Layering: ${files.length} files, no upward or sideways imports.`);
