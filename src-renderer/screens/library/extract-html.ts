/**
 * HTML to article text, in the sandboxed renderer:
 * 1. Chromium's `DOMParser` builds an inert document: scripts never run, nothing is fetched,
 *    no event handler fires (the document has no window);
 * 2. @mozilla/readability keeps the article and drops the page around it (menus, ads, comments);
 * 3. DOMPurify sanitizes what Readability kept, down to a short list of text elements with no
 *    attributes at all (no links, no images, no styles, no handlers);
 * 4. the text is read off that (still inert) tree, block by block: headings and paragraphs
 *    become lines separated by blank lines, as the article parser expects (a blank line inside
 *    a block, as in hand-written HTML without <p>, is a paragraph break too).
 * Nothing of it is ever put in the live page: the Reader shows the text as text.
 */
import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ExtractedText } from './extract-markdown';

export interface ExtractedHtml extends ExtractedText {
  /** The site's name, when the page says it. */
  readonly siteName: string | null;
}

/** Parses HTML into an inert document: `new DOMParser()` in the app, jsdom's in unit tests. */
export type ParseHtml = (html: string) => Document;

export const parseWithDomParser: ParseHtml = (html) => new DOMParser().parseFromString(html, 'text/html');

/**
 * A parsed document inherits the page's CSP, which refuses `<base>`, `<style>` and style
 * attributes with a console error each. DOMPurify drops them anyway, so they are cut before
 * parsing to keep the console quiet. This is not a safety step (the CSP and DOMPurify are): a
 * `<style>` this misses is still refused and never applied.
 */
const CSP_NOISE = /<style\b[\s\S]*?<\/style\s*>|<base\b[^>]*>|\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi;

/** Elements whose text is kept; everything else is dropped (its text kept, unless it is code). */
const TEXT_ELEMENTS = [
  'article', 'section', 'div', 'main', 'header', 'footer', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'blockquote', 'figure', 'figcaption', 'br', 'span', 'a', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'abbr', 'cite', 'q',
  'sub', 'sup', 'time', 'code', 'pre', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'caption',
];
const BLOCKS = new Set(['ARTICLE', 'SECTION', 'DIV', 'MAIN', 'HEADER', 'FOOTER', 'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'LI', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'CAPTION']);
/** Code and tables read badly as prose and make no good facts. */
const SKIPPED = new Set(['PRE', 'TABLE']);

export function htmlToText(html: string, parse: ParseHtml = parseWithDomParser): ExtractedHtml {
  const document = parse(html.replace(CSP_NOISE, ' '));
  const pageTitle = clean(document.title);
  const firstHeading = clean(document.querySelector('h1')?.textContent);
  // Readability changes the document it reads; it is ours alone, so that is fine.
  const article = new Readability(document, { charThreshold: 200 }).parse();
  const content = article?.content ?? document.body?.innerHTML ?? '';
  const sanitized = DOMPurify.sanitize(content, { ALLOWED_TAGS: TEXT_ELEMENTS, ALLOWED_ATTR: [], RETURN_DOM: true });
  const blocks = textBlocks(sanitized);
  let title = clean(article?.title) ?? pageTitle ?? null;
  // "Bees Dance | The Nature Post" above a first heading "Bees Dance": the heading is the title.
  if (title !== null && firstHeading !== null && firstHeading.length >= 3 && title !== firstHeading && title.startsWith(firstHeading)) title = firstHeading;
  if (title !== null && blocks[0] === title) blocks.shift();
  return {
    title,
    siteName: clean(article?.siteName),
    text: [...(title === null ? [] : [title]), ...blocks].join('\n\n'),
  };
}

/** The text of each block element, in document order; inline text joins its block's line. */
function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let line = '';
  const flush = (): void => {
    // A blank line inside a block is a paragraph break in text written as "HTML" by hand.
    for (const paragraph of line.split(/\n[^\S\n]*\n/)) {
      const text = paragraph.replace(/\s+/g, ' ').trim();
      if (text !== '') blocks.push(text);
    }
    line = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).tagName : '';
    if (SKIPPED.has(name)) return flush();
    if (name === 'BR') {
      line += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

function clean(text: string | null | undefined): string | null {
  const line = (text ?? '').replace(/\s+/g, ' ').trim();
  return line === '' ? null : line;
}
