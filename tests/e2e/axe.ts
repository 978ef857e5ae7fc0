/** axe-core accessibility checks on a page (extension pages too: evaluate bypasses their CSP). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (context) => {
    // biome-ignore lint/suspicious/noExplicitAny: axe is injected as a global
    const axe = (globalThis as any).axe;
    const result = await axe.run(context ?? document, { resultTypes: ['violations'] });
    return result.violations.map(
      (violation: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }),
    );
  }, selector);
}
