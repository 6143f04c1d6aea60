/** Accessibility checks with axe-core, injected from node_modules (no CDN). */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface A11yViolation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly targets: readonly string[];
}

/** Runs axe on the page (or part of it) and returns serious and critical violations. */
export async function seriousA11yViolations(page: Page, include?: string): Promise<A11yViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (selector) => {
    const runner = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const results = await runner.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  }, include);
}

/** Fails with a readable list when axe finds serious or critical problems. */
export async function expectNoSeriousA11yViolations(page: Page, include?: string): Promise<void> {
  const violations = await seriousA11yViolations(page, include);
  if (violations.length > 0) {
    const lines = violations.map((v) => `- [${v.impact}] ${v.id}: ${v.help}\n    at ${v.targets.join('\n    at ')}`);
    throw new Error(`axe found ${violations.length} serious or critical accessibility problem(s) on ${page.url()}:\n${lines.join('\n')}`);
  }
}
