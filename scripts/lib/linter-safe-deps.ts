/**
 * A Vite plugin for the extension build: two dependencies ship code paths that Bandingin never uses
 * and that Mozilla's add-on linter rejects. zod names the Function constructor (its eval probe and
 * its parser compiler; utils/zod-jitless.ts turns both off at run time), and Preact assigns
 * `innerHTML` for `dangerouslySetInnerHTML` (forbidden here: page content is rendered as text, and
 * Biome rejects the prop). Each path is replaced by one that throws, so the shipped code holds no
 * eval and no HTML sink. The build fails when a dependency changes shape, rather than shipping the
 * path again unnoticed.
 */
import type { Plugin } from 'vite';

interface Patch {
  file: RegExp;
  from: RegExp;
  to: string;
}

const PATCHES: Patch[] = [
  {
    file: /[\\/]node_modules[\\/]zod[\\/]v4[\\/]core[\\/](util|doc)\.js$/,
    from: /const F = Function;/g,
    to: 'const F = function () { throw new EvalError("zod runs jitless in this extension"); };',
  },
  {
    file: /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/,
    from: /\((\w+)\.innerHTML=(\w+)\.__html\)/g,
    to: '(()=>{throw new TypeError("dangerouslySetInnerHTML is not built into this extension")})()',
  },
];

export function linterSafeDeps(): Plugin {
  return {
    name: 'bandingin:linter-safe-deps',
    enforce: 'pre',
    transform(code, id) {
      const patch = PATCHES.find((candidate) => candidate.file.test(id.split('?')[0]!));
      if (!patch) return undefined;
      const patched = code.replace(patch.from, patch.to);
      if (patched === code)
        this.error(`${id} changed: ${patch.from} not found; update scripts/lib/linter-safe-deps.ts`);
      return { code: patched, map: null };
    },
  };
}
