/**
 * Markdown to plain article text, small and pure: headings become one-line section headings, the
 * first level-1 heading is the title, links keep their words, images, code blocks, tables and raw
 * HTML go. Paragraphs stay separated by blank lines, as `parseArticle` expects.
 */

export interface MarkdownText {
  readonly title: string | null;
  readonly text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“' };

/** A numeric character reference as text; one that names no Unicode code point stays as written. */
function codePointText(digits: string, written: string): string {
  const codePoint = Number(digits);
  return Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : written;
}

function inline(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/~~(.+?)~~/g, '$1')
    .replace(/&(#\d+|[a-z]+);/gi, (match, name: string) =>
      name.startsWith('#') ? codePointText(name.slice(1), match) : (ENTITIES[name.toLowerCase()] ?? match),
    )
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownToText(markdown: string): MarkdownText {
  let source = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  source = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  source = source.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '');
  source = source.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  let title: string | null = null;
  const blocks: string[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    const text = inline(paragraph.join(' '));
    if (text !== '') blocks.push(text);
    paragraph = [];
  };
  const lines = source.split('\n');
  lines.forEach((line, i) => {
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    const setext = /^\s{0,3}(=+|-+)\s*$/.exec(lines[i + 1] ?? '') && line.trim() !== '' && paragraph.length === 0;
    if (heading !== null || setext) {
      flush();
      const text = inline(heading !== null ? (heading[2] ?? '') : line);
      const level = heading !== null ? (heading[1] ?? '').length : /=/.test(lines[i + 1] ?? '') ? 1 : 2;
      if (level === 1 && title === null) title = text;
      else if (text !== '') blocks.push(text);
      return;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && i > 0 && lines[i - 1]?.trim() !== '' && blocks.length > 0 && paragraph.length === 0) return;
    if (/^\s*$/.test(line) || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(line)) return flush();
    if (/^\s*\|/.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line) || /^( {4}|\t)/.test(line)) return flush();
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item !== null) {
      flush();
      paragraph.push(item[1] ?? '');
      return flush();
    }
    paragraph.push(line.replace(/^\s*>\s?/, ''));
  });
  flush();
  return { title, text: blocks.join('\n\n') };
}
