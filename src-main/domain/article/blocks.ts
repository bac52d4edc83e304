import type { Span } from './model';

/**
 * A run of non-blank lines: the raw unit every later step (title, furniture, headings,
 * paragraphs) classifies. Offsets point into the original text, so nothing is ever rewritten.
 */
export interface Block {
  /** From the first to just after the last non-whitespace character of the run. */
  readonly span: Span;
  /** `text.slice(span.start, span.end)`, i.e. the block already trimmed. */
  readonly text: string;
  readonly lineCount: number;
}

// Any of the three line-break conventions, so CRLF and old-Mac files need no normalising pass
// (which would shift every offset away from the caller's text).
const LINE_BREAK = /\r\n|\r|\n/g;
// `\s` is the same set `String.prototype.trim` strips, including the BOM (U+FEFF) and NBSP.
const SPACE = /\s/;

/** Splits text on blank (whitespace-only) lines in one forward pass. */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let lineCount = 0;

  const closeBlock = (): void => {
    if (blockStart >= 0) {
      const span = { start: blockStart, end: blockEnd };
      blocks.push({ span, text: text.slice(blockStart, blockEnd), lineCount });
    }
    blockStart = -1;
    lineCount = 0;
  };

  let lineStart = 0;
  for (;;) {
    LINE_BREAK.lastIndex = lineStart;
    const lineBreak = LINE_BREAK.exec(text);
    const lineEnd = lineBreak ? lineBreak.index : text.length;
    const first = firstNonSpace(text, lineStart, lineEnd);
    if (first < 0) {
      closeBlock();
    } else {
      if (blockStart < 0) blockStart = first;
      blockEnd = lastNonSpace(text, first, lineEnd) + 1;
      lineCount += 1;
    }
    if (!lineBreak) break;
    lineStart = lineBreak.index + lineBreak[0].length;
  }
  closeBlock();
  return blocks;
}

// Plain loops bounded by the line, not a global regex search: a regex search from a blank line
// would scan ahead to the next text and go quadratic on long runs of blank lines.
function firstNonSpace(text: string, from: number, to: number): number {
  for (let at = from; at < to; at += 1) {
    if (!isSpace(text.charAt(at))) return at;
  }
  return -1;
}

/** Scans backwards from `to`; `from` is known to be a non-space character. */
function lastNonSpace(text: string, from: number, to: number): number {
  let at = to - 1;
  while (at > from && isSpace(text.charAt(at))) at -= 1;
  return at;
}

export function isSpace(char: string): boolean {
  return SPACE.test(char);
}
