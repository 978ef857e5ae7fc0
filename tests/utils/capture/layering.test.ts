/**
 * The capture layers point one way: capture → sites → extract → parse and the base. A folder never
 * imports a folder above it, so none imports one that imports it back.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const utils = resolve(__dirname, '../../../utils');
const ORDER = ['parse', 'extract', 'sites', 'capture'] as const;

function importsOf(folder: string): { file: string; target: string }[] {
  const dir = resolve(utils, folder);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .flatMap((file) =>
      [...readFileSync(resolve(dir, file), 'utf8').matchAll(/from '([^']+)'/g)].map((match) => ({
        file: `${folder}/${file}`,
        target: match[1]!,
      })),
    );
}

describe('capture layering', () => {
  it.each(ORDER.map((folder, index) => [folder, ORDER.slice(index + 1)] as const))(
    '%s imports no layer above it',
    (folder, above) => {
      const wrong = importsOf(folder).filter(({ target }) =>
        above.some((layer) => target === `../${layer}` || target.startsWith(`../${layer}/`)),
      );
      expect(wrong).toEqual([]);
    },
  );

  it('capture holds only the pipeline and the live observer', () => {
    expect(readdirSync(resolve(utils, 'capture')).sort()).toEqual(['live.ts', 'pipeline.ts']);
  });
});
