/**
 * axe-core in the e2e: runs the accessibility rules on the page as it is and fails on any
 * serious or critical violation.
 *
 * How axe gets into the page: the production CSP (`script-src 'self'`) blocks
 * `page.addScriptTag({ content })` — an inline <script> — and a test checks that it does. So the
 * source is evaluated through the DevTools protocol (`page.evaluate(source)`), which the page's
 * CSP does not govern, and axe itself needs no eval. The page keeps its real CSP: no
 * `bypassCSP` context, which would also hide any CSP break the app itself had.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeNode {
  readonly target: readonly string[];
  readonly html: string;
  readonly summary: string;
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly AxeNode[];
}

interface AxeResultsLike {
  readonly violations: readonly {
    readonly id: string;
    readonly impact?: string | null;
    readonly help: string;
    readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string; readonly failureSummary?: string }[];
  }[];
}
declare const window: { axe?: { run(context: unknown, options: unknown): Promise<AxeResultsLike> } };
declare const document: unknown;

const BLOCKING = new Set(['serious', 'critical']);

/** Every violation axe finds on the page now, whatever its impact. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = window.axe;
    if (axe === undefined) throw new Error('axe-core did not load');
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target.map(String), html: node.html.slice(0, 200), summary: node.failureSummary ?? '' })),
    }));
  });
}

/** The serious and critical violations, written out so a failing test says what and where. */
export function blocking(violations: readonly AxeViolation[]): string[] {
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ''))
    .map((violation) => `${violation.impact} ${violation.id}: ${violation.help}\n${violation.nodes.map((node) => `  ${node.target.join(' ')} — ${node.html}\n    ${node.summary.replace(/\n/g, '\n    ')}`).join('\n')}`);
}

/** Runs axe and throws, listing them, when anything serious or critical is found. */
export async function expectAccessible(page: Page, where: string): Promise<AxeViolation[]> {
  const violations = await axeViolations(page);
  const found = blocking(violations);
  if (found.length > 0) throw new Error(`axe found ${found.length} serious or critical violation(s) on ${where}:\n${found.join('\n')}`);
  return violations;
}

/** Whether an inline <script> added by Playwright runs under the page's CSP (it must not). */
export async function inlineScriptRuns(page: Page): Promise<boolean> {
  await page.addScriptTag({ content: 'window.__inlineAxeProbe = true;' }).catch(() => undefined);
  return page.evaluate(() => (window as { __inlineAxeProbe?: boolean }).__inlineAxeProbe === true);
}
