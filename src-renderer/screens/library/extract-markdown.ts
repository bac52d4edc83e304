/**
 * Markdown to article text with markdown-it, raw HTML off (`html: false`): markup written in the
 * Markdown is never parsed as HTML, so it cannot run or load anything. What markdown-it leaves as
 * text of it (`<b>`, `<img …>`) is dropped as tags, `<script>`/`<style>` blocks with their
 * content. Headings become one-line sections, the first level-1 heading the title; list items and
 * paragraphs become paragraphs; code blocks, images and tables go, links keep their words.
 */
import MarkdownIt from 'markdown-it';

export interface ExtractedText {
  readonly title: string | null;
  /** Paragraphs separated by blank lines, the title first when there is one. */
  readonly text: string;
}

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** Tags the text of a raw-HTML-off Markdown still holds, and blocks whose content is code. */
const CODE_BLOCKS = /<(script|style|template|iframe|noscript)\b[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[A-Za-z][^<>]*>|<!--[\s\S]*?-->/g;
/** Links markdown-it refused (`javascript:` and the like) stay as written: keep only their words. */
const REFUSED_LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g;
const REFUSED_REFERENCE_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
/** A reference definition markdown-it refused, left as a paragraph of its own. */
const REFUSED_DEFINITION = /^\[[^\]]+\]:\s*\S+/;

export function markdownToText(source: string): ExtractedText {
  const body = source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/^---\n[\s\S]*?\n---\n/, '') // YAML front matter
    .replace(CODE_BLOCKS, '');
  const tokens = markdown.parse(body, {});
  const blocks: string[] = [];
  let title: string | null = null;
  let inTable = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.type === 'table_open') inTable += 1;
    if (token.type === 'table_close') inTable -= 1;
    if (token.type !== 'inline' || inTable > 0) continue;
    const text = inlineText(token.children ?? []);
    if (text === '' || REFUSED_DEFINITION.test(text)) continue;
    const opener = tokens[i - 1];
    if (opener?.type === 'heading_open' && opener.tag === 'h1' && title === null) title = text;
    else blocks.push(text);
  }
  return { title, text: [...(title === null ? [] : [title]), ...blocks].join('\n\n') };
}

function inlineText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) {
    // An image's alt text sits in its own children, so an image adds nothing.
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += ' ';
  }
  return text.replace(TAG, '').replace(REFUSED_LINK, '$1').replace(REFUSED_REFERENCE_LINK, '$1').replace(/\s+/g, ' ').trim();
}
