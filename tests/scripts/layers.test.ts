import { describe, expect, it } from 'vitest';
import { layerViolations, MAX_BASE_FILES } from '../../scripts/lib/layers';

const file = (path: string, ...imports: string[]) => ({
  file: path,
  source: imports.map((spec) => `import { x } from '${spec}';`).join('\n'),
});

describe('layering rules', () => {
  it('lets a folder import lower layers, itself, and its own subfolders', () => {
    expect(
      layerViolations([
        file('utils/library/store.ts', '../model', '../match/tokens', './db'),
        file('utils/match/compare.ts', './vocabulary/names', 'fuse.js'),
        file('components/popup/Popup.tsx', '@/utils/library/db', '../shell/Toast', '../hooks/use-live-query'),
        file('entrypoints/background.ts', '@/utils/runtime/messaging', 'wxt/browser'),
      ]),
    ).toEqual([]);
  });

  it('refuses an import of a higher layer, with the file and the target', () => {
    expect(layerViolations([file('utils/match/score.ts', '../library/db')])).toEqual([
      'utils/match/score.ts: imports utils/library/db, a higher layer (utils/library)',
    ]);
    expect(layerViolations([file('utils/model.ts', '@/components/shell/Toast')])).toHaveLength(1);
  });

  it('refuses imports between two folders of the same layer, which is how circles start', () => {
    expect(layerViolations([file('utils/io/backup.ts', '../badge/text')])[0]).toMatch(/same layer/);
  });

  it('keeps the extension APIs in the runtime layer and the entrypoints', () => {
    expect(layerViolations([file('utils/library/db.ts', 'wxt/browser')])[0]).toMatch(/extension APIs/);
  });

  it('keeps scripts from importing tests', () => {
    expect(layerViolations([file('scripts/bench.ts', '../tests/bench/pool')])[0]).toMatch(
      /never import tests/,
    );
  });

  it('names a folder that has no layer yet', () => {
    expect(layerViolations([file('utils/misc/helper.ts')])[0]).toMatch(/no layer/);
  });

  it('caps the loose files of utils/ (the base)', () => {
    const base = Array.from({ length: MAX_BASE_FILES + 1 }, (_, i) => file(`utils/base-${i}.ts`));
    expect(layerViolations(base)).toEqual([
      `utils/: ${MAX_BASE_FILES + 1} loose files, at most ${MAX_BASE_FILES} (the base only)`,
    ]);
  });
});
