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

/**
 * What axe could not decide for the given rules ("incomplete": needs review), written out as
 * `blocking` writes violations. Used for rules whose doubt does not apply to this app.
 */
export async function axeNeedsReview(page: Page, ruleIds: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => window.axe !== undefined))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (rules) => {
    const axe = window.axe;
    if (axe === undefined) throw new Error('axe-core did not load');
    const results = (await axe.run(document, { resultTypes: ['incomplete'], runOnly: { type: 'rule', values: rules } })) as unknown as { incomplete: AxeResultsLike['violations'] };
    return results.incomplete.map((rule) => `${rule.id}: ${rule.help}\n${rule.nodes.map((node) => `  ${node.target.map(String).join(' ')} — ${node.html.slice(0, 200)}`).join('\n')}`);
  }, [...ruleIds]);
  return found;
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

export interface TabStop {
  /** The focused element's name, roughly as a learner hears it (aria-label, label, else its text). */
  readonly name: string;
  readonly tag: string;
  /**
   * It matches `:focus-visible` and an outline (or a shadow) shows it: its own, or one its card
   * draws around it (`.card:has(:focus-visible)`, for a button stretched over a card).
   */
  readonly visible: boolean;
}

interface FocusedLike {
  readonly tagName: string;
  readonly innerText?: string;
  readonly labels?: ArrayLike<{ readonly innerText: string }> | null;
  readonly parentElement: FocusedLike | null;
  getAttribute(name: string): string | null;
  matches(selectors: string): boolean;
  focus(): void;
}
interface FocusWindow {
  __tabSeen?: WeakSet<object>;
  __tabStart?: FocusedLike | null;
}
declare function getComputedStyle(element: FocusedLike): { readonly outlineStyle: string; readonly outlineWidth: string; readonly boxShadow: string };

/** The focused element, described; null when the focus is on nothing (left the page) or seen already. */
function describeFocus(): (TabStop & { readonly repeat: boolean }) | null {
  const element = (document as unknown as { activeElement: FocusedLike | null }).activeElement;
  if (element === null || element.tagName === 'BODY') return null;
  const seen = (window as unknown as FocusWindow).__tabSeen;
  const repeat = seen?.has(element) ?? false;
  seen?.add(element);
  const name = element.getAttribute('aria-label') || element.labels?.[0]?.innerText || element.innerText || element.getAttribute('title') || '';
  const shows = (candidate: FocusedLike): boolean => {
    const style = getComputedStyle(candidate);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  };
  let ring = shows(element);
  for (let parent = element.parentElement, level = 0; !ring && parent !== null && level < 4; parent = parent.parentElement, level++) {
    ring = parent.matches(':has(:focus-visible)') && shows(parent) && parent.tagName !== 'BODY' && parent.tagName !== 'MAIN';
  }
  return { name: name.replace(/\s+/g, ' ').trim().slice(0, 80), tag: element.tagName.toLowerCase(), visible: element.matches(':focus-visible') && ring, repeat };
}

/**
 * Walks the focus order around where the focus is now: up to `presses` Tabs forward, then, from
 * the same start, Shift+Tabs back, recording every element the keys land on (its name and
 * whether its focus shows). A direction ends when the focus leaves the page or comes back to an
 * element already seen (a focus trap going round). The start itself comes first, with `visible`
 * true: the keys did not put it there, so its look is not judged.
 */
export async function tabStops(page: Page, presses = 40): Promise<TabStop[]> {
  const source = `(${describeFocus.toString()})()`;
  const start = await page.evaluate(`(() => {
    window.__tabSeen = new WeakSet();
    window.__tabStart = document.activeElement;
    return ${source};
  })()`) as ReturnType<typeof describeFocus>;
  const stops: TabStop[] = start === null ? [] : [{ name: start.name, tag: start.tag, visible: true }];
  for (const key of ['Tab', 'Shift+Tab']) {
    if (key === 'Shift+Tab') await page.evaluate('window.__tabStart?.focus()');
    for (let press = 0; press < presses; press++) {
      await page.keyboard.press(key);
      const stop = (await page.evaluate(source)) as ReturnType<typeof describeFocus>;
      if (stop === null || stop.repeat) break;
      stops.push({ name: stop.name, tag: stop.tag, visible: stop.visible });
    }
  }
  return stops;
}
