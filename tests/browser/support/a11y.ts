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
    // Fluent's focus management (tabster) adds focusable aria-hidden <i data-tabster-dummy> sentinels
    // that only pass focus on; axe's aria-hidden-focus flags them. A known false positive
    // (microsoft/tabster#288) that Accessibility Insights suppresses the same narrow way
    // (microsoft/accessibility-insights-web#7605): drop only those nodes, only for that rule.
    const isTabsterSentinel = (id: string, html: string) => id === 'aria-hidden-focus' && html.includes('data-tabster-dummy');
    return results.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !isTabsterSentinel(violation.id, node.html)) }))
      .filter((violation) => violation.nodes.length > 0)
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? 'unknown',
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => `${node.target.join(' ')} ${node.html.slice(0, 160)}`),
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
