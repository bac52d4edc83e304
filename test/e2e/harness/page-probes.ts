/**
 * Everything the e2e tests run inside the page. The Node tsconfig has no DOM library (the main
 * process must never see `window`), so the little of the DOM used here is declared for this
 * module only. Each function handed to the page must stand alone: it is sent as source text.
 */
import type { Page } from 'playwright-core';

interface Rect {
  readonly top: number;
  readonly bottom: number;
}
interface PageElement {
  readonly tagName: string;
  textContent: string | null;
  readonly dataset: Readonly<Record<string, string | undefined>>;
  getBoundingClientRect(): Rect;
  remove(): void;
}
interface PageDocument {
  readonly activeElement: PageElement | null;
  readonly body: PageElement;
  readonly head: { append(node: PageElement): void };
  querySelector(selectors: string): PageElement | null;
  querySelectorAll(selectors: string): Iterable<PageElement>;
  createElement(tagName: string): PageElement;
  addEventListener(type: 'securitypolicyviolation', listener: (event: { readonly effectiveDirective: string }) => void): void;
}
type Invoke = (method: string, payload: unknown) => Promise<unknown>;
interface PageWindow {
  readonly scrollY: number;
  scrollTo(options: { readonly top: number; readonly behavior: 'instant' }): void;
  readonly __factdeckInvoke: Invoke;
  readonly api?: Readonly<Record<string, unknown>>;
  inlineScriptRan?: boolean;
}
declare const window: PageWindow;
declare const document: PageDocument;
declare function getComputedStyle(element: PageElement): { readonly color: string; readonly backgroundColor: string };

/** What the preload does in Electron: `window.api` with one function per contract method, nothing else. */
export async function installApiBridge(page: Page, methods: readonly string[]): Promise<void> {
  await page.addInitScript((names: readonly string[]) => {
    const api: Record<string, (payload?: unknown) => Promise<unknown>> = {};
    for (const name of names) api[name] = (payload) => window.__factdeckInvoke(name, payload);
    Object.defineProperty(window, 'api', { value: Object.freeze(api), enumerable: true });
  }, methods);
}

export function apiMethodNames(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.api ?? {}).sort());
}

/** Bottom edge of the sticky header (and banner), in viewport pixels. */
export function chromeBottom(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelector('[data-sticky-chrome]')?.getBoundingClientRect().bottom ?? 0);
}

/** The values of a `data-*` attribute over every match, as numbers, in document order. */
export function dataIndexes(page: Page, selector: string, key: 'paragraphIndex' | 'sentenceIndex'): Promise<number[]> {
  return page.evaluate(
    ([selectors, name]) => Array.from(document.querySelectorAll(selectors), (element) => Number(element.dataset[name])),
    [selector, key] as const,
  );
}

/**
 * The first paragraph not yet scrolled under the sticky chrome, and how far its top sits below
 * the chrome's bottom edge, in CSS pixels.
 */
export function paragraphAtTop(page: Page): Promise<{ index: number; offset: number } | null> {
  return page.evaluate(() => {
    const chrome = document.querySelector('[data-sticky-chrome]')?.getBoundingClientRect().bottom ?? 0;
    for (const element of document.querySelectorAll('[data-paragraph-index]')) {
      const rect = element.getBoundingClientRect();
      if (rect.bottom > chrome + 1) return { index: Number(element.dataset.paragraphIndex), offset: rect.top - chrome };
    }
    return null;
  });
}

/** Scrolls like a reader would, until the matching paragraph's top meets the chrome; returns its index. */
export function scrollParagraphToTop(page: Page, selector: string): Promise<number> {
  return page.evaluate((selectors) => {
    const paragraph = document.querySelector(selectors);
    if (!paragraph) throw new Error(`no paragraph matches ${selectors}`);
    const chrome = document.querySelector('[data-sticky-chrome]')?.getBoundingClientRect().bottom ?? 0;
    window.scrollTo({ top: window.scrollY + paragraph.getBoundingClientRect().top - chrome, behavior: 'instant' });
    return Number(paragraph.dataset.paragraphIndex);
  }, selector);
}

export function activeElement(page: Page): Promise<{ tagName: string; text: string } | null> {
  return page.evaluate(() => {
    const active = document.activeElement;
    return active ? { tagName: active.tagName, text: active.textContent?.trim() ?? '' } : null;
  });
}

export function bodyColors(page: Page): Promise<{ color: string; backgroundColor: string }> {
  return page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return { color: style.color, backgroundColor: style.backgroundColor };
  });
}

export interface CspProbe {
  readonly evalRan: boolean;
  readonly inlineScriptRan: boolean;
  readonly inlineStyleApplied: boolean;
  /** `effectiveDirective` of every `securitypolicyviolation` event seen. */
  readonly violations: readonly string[];
}

/**
 * Tries what the CSP must forbid: `eval`, an inline `<script>` and an inline `<style>`. The tries
 * run from a timer, as page code: DevTools' own evaluation (page.evaluate) is exempt from CSP.
 */
export function probeCsp(page: Page): Promise<CspProbe> {
  return page.evaluate(
    () =>
      new Promise<CspProbe>((resolve) => {
        const violations: string[] = [];
        document.addEventListener('securitypolicyviolation', (event) => violations.push(event.effectiveDirective));
        const script = document.createElement('script');
        script.textContent = 'window.inlineScriptRan = true;';
        document.head.append(script);
        const style = document.createElement('style');
        style.textContent = 'body { color: rgb(255, 0, 0) !important; }';
        document.head.append(style);
        setTimeout(() => {
          let evalRan: boolean;
          try {
            evalRan = (0, eval)('1') === 1;
          } catch {
            evalRan = false;
          }
          const inlineStyleApplied = getComputedStyle(document.body).color === 'rgb(255, 0, 0)';
          script.remove();
          style.remove();
          const inlineScriptRan = window.inlineScriptRan === true;
          setTimeout(() => resolve({ evalRan, inlineScriptRan, inlineStyleApplied, violations }), 50);
        }, 0);
      }),
  );
}

/**
 * Selects `words` inside one sentence of the Reader as a mouse would: a Range over the text node
 * that holds them (shading splits a sentence into several). Sent as source text, so it needs no
 * DOM types here.
 */
export async function selectWordsInSentence(page: Page, sentenceIndex: number, words: string): Promise<void> {
  await page.evaluate(`(() => {
    const walker = document.createTreeWalker(document.querySelector('[data-sentence-index="${sentenceIndex}"]'), NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    while (node && !node.textContent.includes(${JSON.stringify(words)})) node = walker.nextNode();
    const start = node.textContent.indexOf(${JSON.stringify(words)});
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + ${words.length});
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(range);
  })()`);
}
