/** The build's dependency patches: the real zod and Preact sources lose their eval and HTML sink. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linterSafeDeps } from '../../scripts/lib/linter-safe-deps';

const require = createRequire(import.meta.url);
const zodCore = join(dirname(require.resolve('zod/package.json')), 'v4/core');
const preactModule = join(dirname(require.resolve('preact/package.json')), 'dist/preact.mjs');

type Transform = (code: string, id: string) => { code: string } | undefined;
const errors: string[] = [];
const plugin = linterSafeDeps();
const transform = (code: string, id: string) =>
  (plugin.transform as unknown as Transform).call(
    {
      error: (message: string) => {
        errors.push(message);
        throw new Error(message);
      },
    },
    code,
    id,
  );

describe('linterSafeDeps', () => {
  it.each([
    ['zod util', join(zodCore, 'util.js')],
    ['zod doc', join(zodCore, 'doc.js')],
  ])('takes the Function constructor out of %s', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('= Function;');
    const out = transform(source, file)!.code;
    expect(out).not.toMatch(/=\s*Function\s*;/);
    expect(out).toContain('zod runs jitless');
  });

  it("takes Preact's innerHTML assignment out, and keeps the rest", () => {
    const source = readFileSync(preactModule, 'utf8');
    const out = transform(source, preactModule)!.code;
    expect(out).not.toMatch(/\.innerHTML=/);
    expect(out.length).toBeGreaterThan(source.length - 100);
  });

  it('leaves other files alone, and fails loudly when a dependency changed shape', () => {
    expect(transform('x.innerHTML = y;', '/src/app.ts')).toBeUndefined();
    expect(() => transform('export const nothing = 1;', '/p/node_modules/zod/v4/core/util.js')).toThrow(
      /changed/,
    );
    expect(errors).toHaveLength(1);
  });
});
