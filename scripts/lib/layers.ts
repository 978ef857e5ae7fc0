/**
 * The layering rules of the tree, as data and one pure check. A folder may import only folders
 * of a lower layer (or itself and its own subfolders); two folders of the same layer never import each
 * other; `utils/` never imports `components/` or `entrypoints/`; only the runtime layer and the
 * entrypoints touch the browser's extension APIs; scripts never import tests.
 */
import path from 'node:path';

/** Lower numbers sit lower. A folder not listed here is an error, so a new folder takes a place. */
export const LAYERS: Record<string, number> = {
  utils: 0, // the base: model, limits, money, course keys, zod errors
  'utils/parse': 1,
  'utils/i18n': 1,
  'utils/match': 2,
  'utils/extract': 3,
  'utils/sites': 4,
  'utils/capture': 5,
  'utils/library': 6,
  'utils/compare': 7,
  'utils/io': 8,
  'utils/badge': 8,
  'utils/runtime': 9,
  'components/hooks': 10,
  'components/shell': 11,
  'components/comparison': 12,
  'components/shortlists': 13,
  'components/transfer': 13,
  'components/settings': 14,
  'components/library': 14,
  'components/popup': 15,
  'components/dashboard': 15,
  entrypoints: 20,
};

/** Folders allowed to import the browser's extension APIs (`wxt/browser`). */
const BROWSER_API_USERS = ['utils/runtime', 'entrypoints'];
/** At most this many loose files in `utils/`: the base only. */
export const MAX_BASE_FILES = 8;

export interface SourceFile {
  /** Path relative to the project root, with forward slashes. */
  file: string;
  source: string;
}

const IMPORT =
  /^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm;

/** The layer unit a file belongs to: the longest listed folder containing it. */
export function unitOf(file: string): string | undefined {
  const dir = path.posix.dirname(file);
  const parts = dir.split('/');
  for (let n = parts.length; n > 0; n--) {
    const candidate = parts.slice(0, n).join('/');
    // a new folder right under utils/ or components/ needs its own place, not the parent's
    if (candidate in LAYERS)
      return n === 1 && parts.length > 1 && candidate !== 'entrypoints' ? undefined : candidate;
  }
  return undefined;
}

function resolveSpecifier(from: string, spec: string): string | undefined {
  if (spec.startsWith('@/') || spec.startsWith('~/')) return path.posix.normalize(spec.slice(2));
  if (spec.startsWith('.')) return path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return undefined;
}

/** Every broken rule, one line each ("file: what"). */
export function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  const baseFiles = files.filter((f) => /^utils\/[^/]+\.tsx?$/.test(f.file) && !f.file.endsWith('.d.ts'));
  if (baseFiles.length > MAX_BASE_FILES)
    problems.push(`utils/: ${baseFiles.length} loose files, at most ${MAX_BASE_FILES} (the base only)`);
  for (const { file, source } of files) {
    const top = file.split('/')[0];
    if (top === 'scripts') {
      for (const match of source.matchAll(IMPORT)) {
        const target = resolveSpecifier(file, match[1] ?? match[2] ?? match[3] ?? '');
        if (target?.startsWith('tests/')) problems.push(`${file}: scripts never import tests (${target})`);
      }
      continue;
    }
    if (top !== 'utils' && top !== 'components' && top !== 'entrypoints') continue;
    const unit = unitOf(file);
    if (!unit) {
      problems.push(`${file}: its folder has no layer (add it to LAYERS in scripts/lib/layers.ts)`);
      continue;
    }
    for (const match of source.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3] ?? '';
      if (spec === 'wxt/browser' && !BROWSER_API_USERS.includes(unit))
        problems.push(`${file}: only ${BROWSER_API_USERS.join(' and ')} use the extension APIs`);
      const target = resolveSpecifier(file, spec);
      if (!target || target.startsWith('..')) continue;
      const targetTop = target.split('/')[0];
      if (targetTop === 'node_modules' || targetTop === 'public') continue;
      const targetUnit = target in LAYERS ? target : unitOf(target);
      if (!targetUnit || targetUnit === unit) continue;
      const [own, theirs] = [LAYERS[unit]!, LAYERS[targetUnit]!];
      if (theirs > own) problems.push(`${file}: imports ${target}, a higher layer (${targetUnit})`);
      else if (theirs === own)
        problems.push(`${file}: imports ${target}, a sibling of the same layer (${targetUnit})`);
    }
  }
  return problems;
}
